#!/usr/bin/env node
/**
 * Only the real-world lines of the bench (realBench.mjs), for quick before/after comparisons:
 * `node bench/real.mjs [--no-peer] [--iterations=N] [--quick] [--server=path/to/server.js]`.
 * `--server` measures another build (e.g. an older checkout's dist/server.js) on the same files.
 * Writes bench/results-real.json.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realRuns, realFigureRows, realComparisonRows, realBudgets } from './realBench.mjs';
import { peerConfig } from './peer.mjs';
import { budgetTable, comparisonTable, figuresTable } from './report.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const WORK = join(BENCH, 'work');
const opt = (name, dflt) => process.argv.find((x) => x.startsWith(`--${name}=`))?.split('=')[1] ?? dflt;
const has = (f) => process.argv.includes(f);
const log = (m) => process.stdout.write(m + '\n');
const quick = has('--quick');
const server = resolve(opt('server', join(ROOT, 'dist', 'server.js')));
if (!existsSync(server)) {
  log(`${relative(ROOT, server)} is missing: run \`npm run build\` first.`);
  process.exit(2);
}
const NODE_FLAGS = JSON.parse(readFileSync(join(ROOT, 'server', 'src', 'node', 'nodeFlags.json'), 'utf8'));
const ours = {
  node: process.execPath,
  args: [...NODE_FLAGS, '--require', join(BENCH, 'noNetwork.cjs'), server, '--stdio'],
  settings: (s) => (s === 'ecsEksArchitect' ? {} : null),
};
let peer;
if (!has('--no-peer'))
  try {
    peer = peerConfig(ROOT, BENCH, WORK, log);
  } catch (e) {
    log(`peer skipped: ${e instanceof Error ? e.message : String(e)}`);
  }
const started = Date.now();
const real = await realRuns({ root: ROOT, work: WORK, ours, peer, iterations: Number(opt('iterations', quick ? 10 : 30)), quick, log });
log(`\nserver: ${relative(ROOT, server) || server}`);
log(figuresTable(realFigureRows(real)));
const rows = realComparisonRows(real);
if (rows.length) log('\n' + comparisonTable(rows));
log('\n' + budgetTable(realBudgets(real)));
for (const side of [real.ours, real.peer]) if (side?.ws) side.ws.logs = side.ws.logs?.slice(0, 20);
writeFileSync(
  join(BENCH, 'results-real.json'),
  JSON.stringify({ date: new Date().toISOString(), server, totalSeconds: Math.round((Date.now() - started) / 1000), real }, null, 2) + '\n',
);
