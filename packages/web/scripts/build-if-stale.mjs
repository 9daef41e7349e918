// Builds the web app unless dist/ is newer than every source it is built from, so `npm start`
// is fast on the second run and always serves what the sources say. A lock folder keeps two
// callers (parallel test files, a test that runs `npm start`) from building over each other.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = dirname(dirname(fileURLToPath(import.meta.url)));
const lock = join(web, '.build-lock');
const inputs = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'package.json',
  '../core/src',
  '../core/package.json',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

function isFresh() {
  const built = join(web, 'dist', 'index.html');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  return builtAt > Math.max(...inputs.map((input) => newest(join(web, input))));
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Takes the lock, waiting while another build holds it (a lock older than 5 minutes is dead). */
function acquire() {
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 300_000) {
        rmdirSync(lock);
      } else {
        sleep(250);
      }
    }
  }
}

if (isFresh()) {
  console.log('web app is up to date (packages/web/dist)');
  process.exit(0);
}
acquire();
let status = 0;
try {
  // Another caller may have built it while this one waited.
  if (!isFresh()) {
    // A production build even when called from a test runner (which sets NODE_ENV=test, and Vite
    // would then bundle React's development build).
    const result = spawnSync('npm', ['run', 'build', '--silent'], {
      cwd: web,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    status = result.status ?? 1;
  } else {
    console.log('web app was built meanwhile (packages/web/dist)');
  }
} finally {
  rmdirSync(lock);
}
process.exit(status);
