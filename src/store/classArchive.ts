import { existsSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { log } from '../log';
import { CLASSPATH, JAR, TARGET, jvmOptions } from './jvm';
import { runLogged } from './runLogged';

/**
 * A class data sharing archive of the classes a Neo4j start loads. Without it every start
 * reads, parses and verifies thousands of classes from the jars; with it the JVM maps them in.
 * Measured here: start to READY 5.0–5.3 s without, 3.7 s with. It lives beside the jars it
 * was made from, so a rebuild of the launcher (which deletes it) or `mvn clean` never leaves
 * an archive of other jars behind.
 */
export const CLASS_ARCHIVE = join(TARGET, 'neo4j-classes.jsa');

/** Written when making or using an archive failed, so no start pays for a second try. */
const refusedMarker = (archive: string): string => `${archive}.refused`;

/**
 * The archive, made once on first use (about 30 s: it starts Neo4j in a scratch folder, runs
 * the kinds of statement the project sends, and has the JVM write what it loaded). Null when
 * it cannot be made (an older JVM, no disk space): starts then simply go without.
 */
export function ensureClassArchive(logDir: string, archive = CLASS_ARCHIVE): string | null {
  // The JVM ignores an archive of jars that have changed since (with a warning), so one older
  // than the launcher's jar (a rebuild by hand with mvn) is made again.
  if (existsSync(archive) && statSync(archive).mtimeMs >= statSync(JAR).mtimeMs) return archive;
  if (existsSync(refusedMarker(archive))) return null;
  const logFile = join(logDir, 'class-archive.log');
  log.info({ archive, logFile }, 'making the embedded Neo4j class archive (once, about 30 s)');
  // Written under a name of this process's own and renamed when complete: a JVM given a torn
  // archive aborts, and two first starts at once must not write the same file.
  const part = `${archive}.${process.pid}.part`;
  const scratch = mkdtempSync(join(tmpdir(), 'kg-class-archive-'));
  try {
    const status = runLogged(
      'java',
      [
        ...jvmOptions('512m', logDir),
        `-XX:ArchiveClassesAtExit=${part}`,
        '-cp',
        CLASSPATH,
        'kg.launcher.ClassArchive',
        join(scratch, 'home'),
      ],
      { logFile, timeoutMs: 300_000 },
    );
    if (status === 0 && existsSync(part)) renameSync(part, archive);
    else refuseClassArchive(archive, `making it failed (exit ${status}; see ${logFile})`);
  } finally {
    rmSync(part, { force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
  return existsSync(archive) ? archive : null;
}

/** Drops an archive that failed, and remembers why so later starts go without it. */
export function refuseClassArchive(archive: string, why: string): void {
  const marker = refusedMarker(archive);
  log.warn(
    { archive, marker },
    `embedded Neo4j starts go without a class archive: ${why}; delete the marker to try again`,
  );
  rmSync(archive, { force: true });
  writeFileSync(marker, `${why}\n`);
}

/** Forgets the archive and any refusal: called before the launcher's jars are rebuilt. */
export function forgetClassArchive(archive = CLASS_ARCHIVE): void {
  rmSync(archive, { force: true });
  rmSync(refusedMarker(archive), { force: true });
}
