// Builds the web app unless dist/ is newer than every source it is built from, so `npm start`
// is fast on the second run and always serves what the sources say.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = dirname(dirname(fileURLToPath(import.meta.url)));
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

const built = join(web, 'dist', 'index.html');
const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const changedAt = Math.max(...inputs.map((input) => newest(join(web, input))));
if (builtAt > changedAt) {
  console.log('web app is up to date (packages/web/dist)');
} else {
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: web, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
