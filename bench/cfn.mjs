#!/usr/bin/env node
/**
 * Only the CloudFormation lines of the bench (cfnBench.mjs): `node bench/cfn.mjs [--iterations=N]`.
 * Needs a build (`node esbuild.mjs`). Writes bench/results-cfn.json.
 * `--server=<path>` runs another build's server (e.g. /work/main/dist/server.js) for an A/B.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cfnRuns, cfnBudgets } from './cfnBench.mjs';
import { budgetTable } from './report.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const log = (m) => process.stdout.write(m + '\n');
const iterations = Number(process.argv.find((x) => x.startsWith('--iterations='))?.split('=')[1] ?? 30);
const server = resolve(process.argv.find((x) => x.startsWith('--server='))?.slice('--server='.length) ?? join(ROOT, 'dist', 'server.js'));
if (!existsSync(server)) {
  log('dist/server.js is missing: run `npm run build` first.');
  process.exit(2);
}
const NODE_FLAGS = JSON.parse(readFileSync(join(ROOT, 'server', 'src', 'node', 'nodeFlags.json'), 'utf8'));
log(`[ours] CloudFormation template (${server})`);
const r = await cfnRuns({
  root: ROOT,
  work: join(BENCH, 'work'),
  iterations,
  log,
  node: process.execPath,
  args: [...NODE_FLAGS, '--require', join(BENCH, 'noNetwork.cjs'), server, '--stdio'],
  settings: (s) => (s === 'ecsEksArchitect' ? {} : null),
});
log('\n== Budgets (this machine) ==');
log(budgetTable(cfnBudgets(r)));
writeFileSync(join(BENCH, 'results-cfn.json'), JSON.stringify({ date: new Date().toISOString(), cfn: r }, null, 2) + '\n');
