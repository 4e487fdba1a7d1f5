/**
 * The CloudFormation lines of the bench: a generated 5,000-line template (cfnTemplate.mjs) opened
 * in fresh servers (first diagnostics, spec load included) and edited (a one-digit change →
 * its diagnostics), and the load time of the CloudFormation specification files on their own.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { BenchClient, now } from './lspClient.mjs';
import { editLatency } from './scenarios.mjs';
import { summary, fmtMs } from './report.mjs';
import { cfnTemplate } from './cfnTemplate.mjs';

const LINES = 5000;
const SEED = 14;

/**
 * ms to read, gunzip and open one spec file, in a fresh Node each time (what a server's first
 * template pays): the file is JSON lines (server/src/core/cfn/specLines.ts), of which the server
 * parses the header line at once and each entry on first use.
 */
function specLoad(root, file, n) {
  const path = join(root, 'dist', 'schemas', file);
  if (!existsSync(path)) return undefined;
  const code = `const t=performance.now();const s=require('zlib').gunzipSync(require('fs').readFileSync(${JSON.stringify(path)})).toString('utf8');const e=s.indexOf('\\n');JSON.parse(e<0?s:s.slice(0,e));process.stdout.write(String(performance.now()-t))`;
  const samples = [];
  for (let i = 0; i < n; i++) samples.push(Number(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' })));
  return summary(samples);
}

async function fresh({ node, args, settings, env }, fn) {
  const client = new BenchClient(node, args, settings, env);
  try {
    await client.initialize();
    await client.pushConfiguration();
    await client.settle(300);
    return await fn(client);
  } finally {
    await client.stop();
  }
}

/** `{ lines, firstDiagnostics, edit, diagnostics, spec, docs }` */
export async function cfnRuns({ root, work, iterations, opens = 3, log, ...server }) {
  const dir = join(work, 'cfn');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'stack.yaml');
  const text = cfnTemplate(LINES, SEED);
  writeFileSync(path, text);
  const r = { lines: text.split('\n').length, bytes: text.length };
  const firsts = [];
  const firstCpu = [];
  for (let i = 0; i < opens; i++)
    firsts.push(
      await fresh(server, async (client) => {
        const mark = client.mark();
        const c0 = client.cpuMs();
        const t = now();
        const uri = client.openFile(path);
        await client.waitDiagnostics([uri], mark, undefined, 120_000);
        const c1 = client.cpuMs();
        if (c0 !== undefined && c1 !== undefined) firstCpu.push(c1 - c0);
        r.diagnostics = client.diags.get(uri).count;
        return client.diags.get(uri).at - t;
      }),
    );
  r.firstDiagnostics = summary(firsts);
  // the server's CPU time from didOpen to the first diagnostics (what the load does not inflate)
  if (firstCpu.length) r.firstDiagnosticsCpu = summary(firstCpu);
  log(
    `  ${r.lines}-line template, first diagnostics in ${opens} fresh servers: p50 ${fmtMs(r.firstDiagnostics.p50)} (${r.diagnostics} diagnostics)` +
      (r.firstDiagnosticsCpu ? `, server CPU p50 ${fmtMs(r.firstDiagnosticsCpu.p50)}` : ''),
  );
  r.edit = await fresh(server, async (client) => {
    const mark = client.mark();
    const uri = client.openFile(path);
    await client.waitDiagnostics([uri], mark, undefined, 120_000);
    // the digit of a `DesiredCount: N` in the middle of the template (2 ↔ 3 keeps it valid)
    const offset = text.indexOf('DesiredCount: ', Math.floor(text.length / 2)) + 'DesiredCount: '.length;
    await editLatency(client, uri, offset, 3); // warm-up: the first keystrokes compile the incremental path
    const c0 = client.cpuMs();
    const out = await editLatency(client, uri, offset, iterations);
    const c1 = client.cpuMs();
    // server CPU per keystroke, averaged (the clock ticks every 10 ms)
    return c0 === undefined || c1 === undefined ? out : { ...out, cpuMs: (c1 - c0) / iterations };
  });
  log(
    `  edit → diagnostics, ${iterations} edits: p50 ${fmtMs(r.edit.p50)}, p95 ${fmtMs(r.edit.p95)}` +
      (r.edit.cpuMs !== undefined ? `, server CPU ${fmtMs(r.edit.cpuMs)} per edit` : ''),
  );
  r.spec = specLoad(root, 'cfn-spec.json.gz', 5);
  r.docs = specLoad(root, 'cfn-docs.json.gz', 5);
  log(`  spec load (read + gunzip + header parse, fresh Node, p50 of 5): cfn-spec ${fmtMs(r.spec?.p50)}, cfn-docs ${fmtMs(r.docs?.p50)}`);
  return r;
}

export function cfnBudgets(r) {
  const label = r ? `${r.lines.toLocaleString('en')}-line template` : '5,000-line template';
  return [
    {
      name: `first diagnostics, generated ${label}`,
      value: r?.firstDiagnostics.p50,
      limit: 300,
      unit: 'ms',
      cmp: '<=',
      note: r ? `p50 of ${r.firstDiagnostics.n} fresh servers; includes loading the spec` : 'skipped',
    },
    { name: `edit → diagnostics p50, generated ${label}`, value: r?.edit.p50, limit: 50, unit: 'ms', cmp: '<=' },
  ];
}
