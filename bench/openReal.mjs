#!/usr/bin/env node
/**
 * Only the open of the real big file, for before/after comparisons on a loaded machine:
 * `node bench/openReal.mjs [--runs=N] [--server=path/to/server.js]`. Each run starts a fresh
 * server, opens the 49,946-line file (realworld.mjs) and waits for its first diagnostics; it
 * prints the wall time and the server's CPU time for the open (from /proc, what the open costs
 * whatever else the machine runs), then the medians and the load average.
 */
import { BenchClient, now } from './lspClient.mjs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { BENCH, ROOT, opt, log, realCli } from './realCli.mjs';

const { server, paths, flags } = realCli();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const walls = [];
const cpus = [];
const peaks = [];
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
    peaks.push(client.memory().peakMB);
    log(
      `  open → first diagnostics ${walls.at(-1).toFixed(0)} ms, server CPU ${cpus.at(-1).toFixed(0)} ms, peak memory ${peaks.at(-1).toFixed(0)} MB (${client.diags.get(uri).count} diagnostics)`,
    );
  } finally {
    await client.stop();
  }
}
log(`server: ${relative(ROOT, server) || server}`);
log(
  `median of ${walls.length}: open ${median(walls).toFixed(0)} ms, server CPU ${median(cpus).toFixed(0)} ms, peak memory ${median(peaks).toFixed(0)} MB (${flags.join(' ')})`,
);
log(
  `load average at the end: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
