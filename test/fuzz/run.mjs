// `npm run fuzz`: bundle the fuzz driver (TypeScript core included) into out-fuzz/ and run it.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outfile = join(root, 'out-fuzz', 'test', 'fuzz', 'fuzz.js');
await esbuild.build({
  entryPoints: [join(root, 'test', 'fuzz', 'fuzz.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  mainFields: ['module', 'main'],
  sourcemap: 'inline',
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
