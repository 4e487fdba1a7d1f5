#!/usr/bin/env node
/**
 * Only the real 2,000-file workspace (realworld.mjs), every file opened at once, as the bench's
 * line does (scenarios.mjs openAllScenario), for before/after comparisons on a loaded machine:
 * `node bench/openWorkspace.mjs [--runs=N] [--server=path/to/server.js] [--base=path/to/other/server.js]
 * [--peer] [--dump=out.json]`.
 * Each run starts a fresh server; it prints spawn → all diagnosed, spawn → settled (3 s without a
 * publish), the server's CPU time (from /proc) from the opens to each, how many publishes were
 * sent, and the client's side of the opens: spawn → initialized, the 2,000 files read and queued,
 * the last open written to the pipe. `--base=` alternates another build with this one, run by run,
 * and prints both medians; `--peer` runs yaml-language-server once per round, in the same
 * alternation, and prints its median and the ratio. `--dump=` writes every file's final diagnostics
 * (sorted by uri) to compare builds. With `ECS_EKS_ARCHITECT_DEBUG_SCHEDULING=1` in the environment
 * the server logs its validations per burst; they are printed here.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { BenchClient, now } from './lspClient.mjs';
import { BENCH, ROOT, opt, log, realCli } from './realCli.mjs';
import { peerConfig } from './peer.mjs';
import { openAllScenario } from './scenarios.mjs';
import { filesUnder } from './files.mjs';

const { server, paths, flags } = realCli();
const base = opt('base') && resolve(opt('base'));
const files = filesUnder(paths.workspace);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const newRows = () => ({ all: [], settled: [], cpuAll: [], cpuSettled: [], publishes: [], peak: [], ready: [], queued: [], written: [] });
const builds = [{ server, rows: newRows() }, ...(base ? [{ server: base, rows: newRows() }] : [])];
const peer = process.argv.includes('--peer') ? peerConfig(ROOT, BENCH, join(BENCH, 'work'), log) : undefined;
const peerAll = [];
let finals;

async function run(build) {
  const rows = build.rows;
  const client = new BenchClient(process.execPath, [...flags, '--require', join(BENCH, 'noNetwork.cjs'), build.server, '--stdio'], (s) =>
    s === 'ecsEksArchitect' ? {} : null,
  );
  try {
    await client.initialize(paths.workspace);
    const ready = now();
    const mark = client.mark();
    const cpu0 = client.cpuMs();
    const uris = files.map((p) => client.openFile(p));
    const queued = now();
    // the writer sends in order: this resolves once every open before it is in the pipe
    void client.conn.sendNotification('$/openWorkspace/written').then(() => rows.written.push(now() - client.t0));
    const last = await client.waitDiagnostics(uris, mark, undefined, 300_000);
    const cpuAll = client.cpuMs() - cpu0;
    const settled = await client.settle(3000, 300_000);
    // the 3 s of quiet are idle time: the CPU reading after them is the settled cost
    const cpuSettled = client.cpuMs() - cpu0;
    rows.ready.push(ready - client.t0);
    rows.queued.push(queued - client.t0);
    rows.all.push(last - client.t0);
    rows.settled.push(settled - client.t0);
    rows.cpuAll.push(cpuAll);
    rows.cpuSettled.push(cpuSettled);
    rows.publishes.push(client.seq - mark);
    rows.peak.push(client.memory().peakMB);
    const count = uris.reduce((n, u) => n + (client.diags.get(u)?.count ?? 0), 0);
    log(
      `  ${relative(ROOT, build.server) || build.server}: all diagnosed ${rows.all.at(-1).toFixed(0)} ms, settled ${rows.settled.at(-1).toFixed(0)} ms after spawn; server CPU from the opens ${cpuAll.toFixed(0)} / ${cpuSettled.toFixed(0)} ms; ${rows.publishes.at(-1)} publishes, ${count} diagnostics, peak ${rows.peak.at(-1).toFixed(0)} MB; initialized ${rows.ready.at(-1).toFixed(0)}, opens queued ${rows.queued.at(-1).toFixed(0)}, written ${rows.written.at(-1)?.toFixed(0)} ms`,
    );
    for (const l of client.logs) if (l.includes('[debug]')) log(`    ${l}`);
    finals = uris.map((u) => ({ uri: relative(paths.workspace, new URL(u).pathname), diagnostics: client.diags.get(u)?.diagnostics }));
  } finally {
    await client.stop();
  }
}

for (let i = 0; i < Number(opt('runs', 3)); i++) {
  // alternated, the order flipped every round: neither build always runs right after the peer
  for (const b of i % 2 ? [...builds].reverse() : builds) await run(b);
  if (peer) {
    const r = await openAllScenario({ ...peer, folder: paths.workspace, files, log: () => {} });
    peerAll.push(r.fromSpawnMs);
    log(`  peer: all diagnosed ${r.fromSpawnMs.toFixed(0)} ms after spawn`);
  }
}
for (const { server: s, rows } of builds) {
  log(`server: ${relative(ROOT, s) || s}`);
  log(
    `median of ${rows.all.length}: all diagnosed ${median(rows.all).toFixed(0)} ms, settled ${median(rows.settled).toFixed(0)} ms, server CPU ${median(rows.cpuAll).toFixed(0)} / ${median(rows.cpuSettled).toFixed(0)} ms, ${median(rows.publishes)} publishes, peak ${median(rows.peak).toFixed(0)} MB; initialized ${median(rows.ready).toFixed(0)}, opens queued ${median(rows.queued).toFixed(0)}, written ${median(rows.written).toFixed(0)} ms (${flags.join(' ')})`,
  );
  if (peerAll.length) log(`  ÷ peer (median ${median(peerAll).toFixed(0)} ms): ${(median(peerAll) / median(rows.all)).toFixed(2)}×`);
}
log(
  `load average at the end: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
const dump = opt('dump');
if (dump && finals)
  writeFileSync(
    dump,
    JSON.stringify(
      finals.sort((a, b) => (a.uri < b.uri ? -1 : 1)),
      null,
      1,
    ),
  );
