import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project's root folder, from source (ts-jest) or compiled code (dist/) alike. */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

/** Reports bundled with the project: the sample (loaded by `npm start`) and our annotated reports. */
export const SAMPLE_DIR = join(projectRoot(), 'data', 'fixtures', 'sample');
export const REPORTS_DIR = join(projectRoot(), 'data', 'fixtures', 'reports');
