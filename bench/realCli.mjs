/**
 * What the real-file bench scripts run alone (`openReal.mjs`, `navReal.mjs`) share: their options,
 * the server to drive (`--server=`, default this build's), the real files (exits when the
 * real-world folder is missing) and the Node flags the client starts the server with (or `--node-flags=`).
 */
import { readFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReal } from './realworld.mjs';

export const BENCH = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(BENCH, '..');
export const opt = (name, dflt) => process.argv.find((x) => x.startsWith(`--${name}=`))?.split('=')[1] ?? dflt;
export const log = (m) => process.stdout.write(m + '\n');

export function realCli() {
  const server = resolve(opt('server', join(ROOT, 'dist', 'server.js')));
  const paths = buildReal(ROOT, join(BENCH, 'work'));
  if (paths.missing) {
    log(`real-world folder not found (looked in ${paths.missing.join(', ')}; set BENCH_REALWORLD)`);
    process.exit(2);
  }
  // `--node-flags=--max-semi-space-size=16,…` tries other flags than the client's
  const given = process.argv.find((x) => x.startsWith('--node-flags='))?.slice('--node-flags='.length);
  const flags =
    given !== undefined
      ? given.split(',').filter(Boolean)
      : JSON.parse(readFileSync(join(ROOT, 'server', 'src', 'node', 'nodeFlags.json'), 'utf8'));
  return { server, paths, flags };
}
