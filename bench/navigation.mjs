/**
 * Navigation requests on a big YAML file (issue 17): definition, references, prepareRename, rename,
 * document symbols, workspace symbols, document links, code lenses and inlay hints, each timed
 * round trip after warm-up, plus definition right after a keystroke (the file re-parsed first).
 * `bigFile` and `label` say which file: `npm run bench` runs it on the generated 10,000-line
 * manifest and on the real big file (realBench.mjs), with the same figure names apart from the label.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg, tmpdir } from 'node:os';
import { BenchClient, now, positionAt } from './lspClient.mjs';
import { summary } from './report.mjs';

/** Every object the file defines, by `kind/name`, with the offset of its `metadata.name` value. */
function definitions(text) {
  const defs = new Map();
  for (const m of text.matchAll(/^kind: *([A-Za-z]+) *$/gm)) {
    // the document around this kind line: from the previous `---` to the next one
    const start = Math.max(0, text.lastIndexOf('\n---', m.index) + 1);
    const endAt = text.indexOf('\n---', m.index);
    const end = endAt < 0 ? text.length : endAt;
    const name = /^metadata:\n(?:[ ]{2,}.*\n|#.*\n)*?[ ]{2}name: *["']?([\w.-]+)/m.exec(text.slice(start, end));
    if (name) defs.set(`${m[1]}/${name[1]}`, start + name.index + name[0].length - name[1].length);
  }
  return defs;
}

/**
 * Points in the second half of the file whose targets exist in it: an Ingress backend naming a
 * Service of the file, a serviceAccountName naming a ServiceAccount, a Service selector; the name
 * of a Service for references and rename. Works on the generated file and on real ones (any indent).
 */
function points(text) {
  const from = Math.floor(text.length * 0.5);
  const defs = definitions(text);
  /** the first value after `from` matched by `re` (group 1: the name) that names an object of `kind` in the file */
  const resolving = (re, kind) => {
    let first;
    for (const m of text.slice(from).matchAll(re)) {
      const at = from + m.index + m[0].length - m[1].length;
      first ??= { at, name: m[1] };
      if (defs.has(`${kind}/${m[1]}`)) return { at, name: m[1] };
    }
    // the generated file names things at random: a lookup that finds nothing still costs the search
    if (!first) throw new Error(`bench: no ${re} after offset ${from}`);
    return first;
  };
  const backend = resolving(/service:\n +name: *["']?([\w.-]+)/g, 'Service');
  const sa = resolving(/serviceAccountName: *["']?([\w.-]+)/g, 'ServiceAccount');
  const svcName =
    defs.get(`Service/${backend.name}`) ?? resolving(/^kind: Service\nmetadata:\n(?: {2,}.*\n)*? {2}name: *([\w.-]+)/gm, 'Service').at;
  const selector = text.indexOf('  selector:', svcName) + 3;
  const deploy = text.indexOf('kind: Deployment', from);
  return {
    definition: [backend.at + 1, selector, sa.at + 1],
    references: [svcName + 1, backend.at + 1],
    rename: [svcName + 1],
    edit: text.indexOf('replicas: ', deploy) + 'replicas: '.length,
  };
}

/** round trips of `send()` (several requests at once), after warm-up */
async function timeBatches(n, send, warmup = 3) {
  const samples = [];
  for (let i = 0; i < n + warmup; i++) {
    const t = now();
    await send();
    if (i >= warmup) samples.push(now() - t);
  }
  return summary(samples);
}

/**
 * round trips of one request, after warm-up, with the server's CPU time per request (`cpuMs`: what
 * the answer costs the server, which the machine's load does not inflate as it does wall times)
 */
async function timeRequests(client, uri, n, make, warmup = 3) {
  const samples = [];
  const received = [];
  let empty = 0;
  let cpu0;
  let last;
  for (let i = 0; i < n + warmup; i++) {
    if (i === warmup) cpu0 = client.cpuMs();
    const { method, params } = make(i);
    // a refused rename is an answer too (an error response)
    const { ms, receivedMs, result } = await client.timed(method, params).catch((e) => ({ ms: NaN, result: e }));
    if (Number.isNaN(ms)) throw new Error(`bench: ${method} failed: ${result.message}`);
    if (i >= warmup) {
      samples.push(ms);
      received.push(receivedMs);
      last = result;
      if (result === null || (Array.isArray(result) && !result.length)) empty++;
    }
  }
  const cpu1 = client.cpuMs();
  return {
    ...summary(samples),
    received: summary(received),
    // the answer's size as sent (the outline of a big file is most of its time)
    bytes: Buffer.byteLength(JSON.stringify(last ?? null)),
    empty,
    cpuMs: cpu0 === undefined || cpu1 === undefined ? undefined : (cpu1 - cpu0) / n,
  };
}

/**
 * The outline's round trip from replayServer.cjs, which answers with the bytes our server sent and
 * does nothing else: the part of the figure that is the client's (reading and parsing them).
 */
async function replayedOutline(client, doc, iterations) {
  const recorded = join(tmpdir(), `ecs-eks-bench-outline-${process.pid}.json`);
  writeFileSync(recorded, JSON.stringify(await client.request('textDocument/documentSymbol', { textDocument: doc })));
  const replay = new BenchClient(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), 'replayServer.cjs'), recorded]);
  try {
    await replay.initialize();
    return await timeRequests(replay, doc.uri, iterations, () => ({
      method: 'textDocument/documentSymbol',
      params: { textDocument: doc },
    }));
  } finally {
    await replay.stop();
    rmSync(recorded, { force: true });
  }
}

export async function navigationScenario({ node, args, settings, folder, bigFile, label, iterations, log }) {
  const client = new BenchClient(node, args, settings);
  const r = { label };
  try {
    await client.initialize(folder);
    await client.pushConfiguration();
    const mark = client.mark();
    const uri = client.openFile(bigFile);
    await client.waitDiagnostics([uri], mark, undefined, 120_000);
    // let the open's cross-file pass finish: its work would land on the first figures
    await client.settle(2000);
    const text = readFileSync(bigFile, 'utf8');
    const pts = points(text);
    const doc = { uri };
    const pos = (offsets, i) => positionAt(client.texts.get(uri), offsets[i % offsets.length]);
    r.definition = await timeRequests(client, uri, iterations, (i) => ({
      method: 'textDocument/definition',
      params: { textDocument: doc, position: pos(pts.definition, i) },
    }));
    r.references = await timeRequests(client, uri, iterations, (i) => ({
      method: 'textDocument/references',
      params: { textDocument: doc, position: pos(pts.references, i), context: { includeDeclaration: true } },
    }));
    r.prepareRename = await timeRequests(client, uri, iterations, (i) => ({
      method: 'textDocument/prepareRename',
      params: { textDocument: doc, position: pos(pts.rename, i) },
    }));
    r.rename = await timeRequests(client, uri, iterations, (i) => ({
      method: 'textDocument/rename',
      params: { textDocument: doc, position: pos(pts.rename, i), newName: 'renamed-svc' },
    }));
    r.documentSymbol = await timeRequests(client, uri, iterations, () => ({
      method: 'textDocument/documentSymbol',
      params: { textDocument: doc },
    }));
    r.documentSymbolReplayed = await replayedOutline(client, doc, iterations);
    r.workspaceSymbol = await timeRequests(client, uri, iterations, (i) => ({
      method: 'workspace/symbol',
      params: { query: ['gateway', 'auth', 'cart-1', 'stock'][i % 4] },
    }));
    r.documentLink = await timeRequests(client, uri, iterations, () => ({
      method: 'textDocument/documentLink',
      params: { textDocument: doc },
    }));
    r.codeLens = await timeRequests(client, uri, iterations, () => ({ method: 'textDocument/codeLens', params: { textDocument: doc } }));
    // an editor asks for the visible range: about 60 lines around the middle
    const mid = positionAt(text, Math.floor(text.length / 2)).line;
    // then it resolves the lenses on screen, all at once: the next 60-line screen that has some
    const lenses = await client.request('textDocument/codeLens', { textDocument: doc });
    const firstBelow = lenses.find((l) => l.range.start.line >= mid)?.range.start.line ?? mid;
    const visible = lenses.filter((l) => l.range.start.line >= firstBelow && l.range.start.line < firstBelow + 60);
    r.codeLensResolve = await timeBatches(iterations, () => Promise.all(visible.map((l) => client.request('codeLens/resolve', l))));
    r.codeLensResolve.lenses = visible.length;
    r.inlayHint = await timeRequests(client, uri, iterations, () => ({
      method: 'textDocument/inlayHint',
      params: { textDocument: doc, range: { start: { line: mid, character: 0 }, end: { line: mid + 60, character: 0 } } },
    }));
    // definition sent right after a keystroke: the server takes in the edit first
    const samples = [];
    let cpu = 0; // the server's CPU from the keystroke to the answer (the re-check after it comes later)
    for (let i = 0; i < iterations + 1; i++) {
      const ch = client.texts.get(uri)[pts.edit];
      const c0 = client.cpuMs();
      const mark = client.mark();
      const v = client.change(uri, pts.edit, 1, ch === '2' ? '3' : '2');
      // the position before the clock starts, as an editor knows it: finding it in the bench's own
      // copy of the text made that copy flat first (1.27 M characters: 1–14 ms inside the timing)
      const position = pos(pts.definition, i);
      const t = now();
      await client.request('textDocument/definition', { textDocument: doc, position });
      if (i > 0) samples.push(now() - t);
      if (i > 0 && c0 !== undefined) cpu += client.cpuMs() - c0;
      await client.afterKeystroke(uri, mark, v);
    }
    r.definitionAfterKeystroke = { ...summary(samples), cpuMs: client.cpuMs() === undefined ? undefined : cpu / iterations };
    r.loadAverage = loadavg();
    r.memory = client.memory();
    log(
      `  navigation on the ${label}: definition p95 ${r.definition.p95.toFixed(1)} ms, references ${r.references.p95.toFixed(1)}, rename ${r.rename.p95.toFixed(1)}, symbols ${r.documentSymbol.p95.toFixed(1)}, code lens ${r.codeLens.p95.toFixed(1)}; peak memory ${r.memory.peakMB.toFixed(0)} MB`,
    );
  } finally {
    await client.stop();
  }
  return r;
}

/** The figure rows and budgets (15 ms p95 each, as the issue asks) of a navigation run. */
export function navigationRows(r) {
  const rows = [
    ['definition', r.definition],
    ['references', r.references],
    ['prepareRename', r.prepareRename],
    ['rename', r.rename],
    ['document symbols', r.documentSymbol],
    ['workspace symbols', r.workspaceSymbol],
    ['document links', r.documentLink],
    ['code lenses (where they stand)', r.codeLens],
    [`code lens titles (the ${r.codeLensResolve?.lenses ?? 0} on a 60-line screen)`, r.codeLensResolve],
    ['inlay hints (60 visible lines)', r.inlayHint],
    ['definition right after a keystroke', r.definitionAfterKeystroke],
  ];
  const replayed = r.documentSymbolReplayed;
  return {
    figures: [
      ...rows.map(([what, s]) => ({ name: `navigation: ${what}, ${r.label}`, s })),
      ...rows
        .filter(([, s]) => s?.received)
        .map(([what, s]) => ({ name: `navigation: ${what}, answer in (last byte), ${r.label}`, s: s.received })),
      ...(replayed
        ? [
            {
              name: `navigation: document symbols from a server that only replays the answer (${kb(replayed.bytes)}), ${r.label}`,
              s: replayed,
            },
          ]
        : []),
    ],
    // Requests are timed until their answer is in: turning a big answer's bytes into objects is the
    // client's work (the replayed outline shows it alone). The keystroke line is a round trip.
    budgets: rows.map(([what, s]) => ({
      name: `navigation: ${what} p95${s?.received ? ' (answer in)' : ''}, ${r.label}`,
      value: (s?.received ?? s)?.p95,
      limit: 15,
      unit: 'ms',
      cmp: '<=',
      note: s?.received ? `round trip ${s.p95.toFixed(1)} ms${s.bytes > 100_000 ? `, ${kb(s.bytes)}` : ''}` : undefined,
    })),
  };
}

const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
