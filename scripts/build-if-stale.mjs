/**
 * `npm start`'s prestart step: compiles src/ to dist/ (tsc -p tsconfig.build.json) on the first
 * run or when a source is newer than the last build, and does nothing otherwise (a walk of src/
 * comparing modification times: a few milliseconds, not tsc's ~10–30 s). Plain JavaScript so that
 * it runs before anything is compiled and without tsx.
 *
 * Stale means: no dist/.build-stamp, or any file or directory under src/ (a deleted or renamed
 * file changes its directory's time), tsconfig.json, tsconfig.build.json or package.json modified
 * after the stamp. data/ and prompts/ are read at run time from the repository, never copied.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAMP = join(ROOT, 'dist', '.build-stamp');

/** The newest modification time (ms) under `dir`, directories included. */
function newest(dir) {
  let max = statSync(dir).mtimeMs;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return max;
}

function stampTime() {
  try {
    return statSync(STAMP).mtimeMs;
  } catch {
    return -1;
  }
}

const built = stampTime();
const sources = Math.max(newest(join(ROOT, 'src')), ...['tsconfig.json', 'tsconfig.build.json', 'package.json'].map((f) => statSync(join(ROOT, f)).mtimeMs));
if (built >= 0 && built >= sources) process.exit(0);

const started = new Date();
process.stderr.write(built < 0 ? 'building dist/ (first start) …\n' : 'sources changed: rebuilding dist/ …\n');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
if (r.status !== 0) {
  process.stderr.write('build failed: npm start needs the TypeScript sources to compile (see the errors above).\n');
  process.exit(r.status ?? 1);
}
// Stamped with the time the build started: a source saved while tsc ran is still newer, so rebuilt next time.
writeFileSync(STAMP, `${started.toISOString()}\n`);
utimesSync(STAMP, started, started);
