import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launcherChanged } from '../../src/store/embedded';

/** A launcher folder whose jar and sources carry the given modification times (seconds). */
function launcherAt(times: { jar: number; pom: number; java: number }): {
  dir: string;
  jar: string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'kg-launcher-'));
  const java = join(dir, 'src', 'main', 'java', 'kg', 'launcher', 'Main.java');
  const jar = join(dir, 'target', 'launcher.jar');
  mkdirSync(join(dir, 'src', 'main', 'java', 'kg', 'launcher'), { recursive: true });
  mkdirSync(join(dir, 'target'));
  const files: [string, number][] = [
    [join(dir, 'pom.xml'), times.pom],
    [java, times.java],
    [jar, times.jar],
  ];
  for (const [file, t] of files) {
    writeFileSync(file, '');
    utimesSync(file, t, t);
  }
  return { dir, jar };
}

describe('rebuilding the launcher', () => {
  test.each([
    ['a jar newer than every source is kept', { jar: 3000, pom: 1000, java: 2000 }, false],
    [
      'a Java source edited after the build asks for a rebuild',
      { jar: 3000, pom: 1000, java: 4000 },
      true,
    ],
    [
      'a pom changed after the build asks for a rebuild',
      { jar: 3000, pom: 5000, java: 2000 },
      true,
    ],
  ])('%s', (_name, times, changed) => {
    const l = launcherAt(times);
    try {
      expect(launcherChanged(l.dir, l.jar)).toBe(changed);
    } finally {
      rmSync(l.dir, { recursive: true, force: true });
    }
  });

  test('a launcher shipped without its sources is never rebuilt', () => {
    const l = launcherAt({ jar: 3000, pom: 5000, java: 4000 });
    try {
      rmSync(join(l.dir, 'src'), { recursive: true });
      expect(launcherChanged(l.dir, l.jar)).toBe(false);
    } finally {
      rmSync(l.dir, { recursive: true, force: true });
    }
  });
});
