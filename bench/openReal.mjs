#!/usr/bin/env node
/**
 * Only the open of the real big file, for before/after comparisons on a loaded machine:
 * `node bench/openReal.mjs [--runs=N] [--server=path/to/server.js]`. Each run starts a fresh
 * server, opens the 49,946-line file (realworld.mjs) and waits for its first diagnostics; it
 * prints the wall time and the server's CPU time for the open (from /proc, what the open costs
 * whatever else the machine runs), then the medians and the load average.
 */
import { readFileSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReal } from './realworld.mjs';
import { BenchClient, now } from './lspClient.mjs';
import { loadavg } from 'node:os';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const opt = (name, dflt) => process.argv.find((x) => x.startsWith(`--${name}=`))?.split('=')[1] ?? dflt;
const log = (m) => process.stdout.write(m + '\n');
const server = resolve(opt('server', join(ROOT, 'dist', 'server.js')));
const paths = buildReal(ROOT, join(BENCH, 'work'));
if (paths.missing) {
  log(`real-world folder not found (looked in ${paths.missing.join(', ')}; set BENCH_REALWORLD)`);
  process.exit(2);
}
const flags = JSON.parse(readFileSync(join(ROOT, 'server', 'src', 'node', 'nodeFlags.json'), 'utf8'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const walls = [];
const cpus = [];
for (let i = 0; i < Number(opt('runs', 3)); i++) {
  const client = new BenchClient(process.execPath, [...flags, '--require', join(BENCH, 'noNetwork.cjs'), server, '--stdio'], (s) =>
    s === 'ecsEksArchitect' ? {} : null,
  );
  try {
    await client.initialize(paths.emptyFolder);
    await client.pushConfiguration();
    await client.settle(300);
    const cpu0 = client.cpuMs();
    const mark = client.mark();
    const t = now();
    const uri = client.openFile(paths.bigFile);
    await client.waitDiagnostics([uri], mark, undefined, 300_000);
    walls.push(client.diags.get(uri).at - t);
    cpus.push(client.cpuMs() - cpu0);
    log(
      `  open → first diagnostics ${walls.at(-1).toFixed(0)} ms, server CPU ${cpus.at(-1).toFixed(0)} ms (${client.diags.get(uri).count} diagnostics)`,
    );
  } finally {
    await client.stop();
  }
}
log(`server: ${relative(ROOT, server) || server}`);
log(`median of ${walls.length}: open ${median(walls).toFixed(0)} ms, server CPU ${median(cpus).toFixed(0)} ms`);
log(
  `load average at the end: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
