/**
 * Navigation requests on a big YAML file (issue 17): definition, references, prepareRename, rename,
 * document symbols, workspace symbols, document links, code lenses and inlay hints, each timed
 * round trip after warm-up, plus definition right after a keystroke (the file re-parsed first).
 * `bigFile` and `label` say which file: the generated 10,000-line manifest today, a real big file
 * later, with the same figure names apart from the label.
 */
import { readFileSync } from 'node:fs';
import { BenchClient, now, positionAt } from './lspClient.mjs';
import { summary } from './report.mjs';

/**
 * Points in the second half of the file whose targets exist in it: an Ingress backend naming a
 * Service of the file, a serviceAccountName naming a ServiceAccount, a Service selector; the name
 * of a Service for references and rename.
 */
function points(text) {
  const from = Math.floor(text.length * 0.5);
  const defined = (kind, name) => text.includes(`kind: ${kind}\nmetadata:\n  name: ${name}\n`);
  /** offsets just inside the value after `prefix`, whose value names an object of `kind` defined in the file */
  const resolving = (prefix, kind) => {
    for (let i = text.indexOf(prefix, from); i >= 0; i = text.indexOf(prefix, i + 1)) {
      const start = i + prefix.length;
      const name = text.slice(start, text.indexOf('\n', start)).trim();
      if (defined(kind, name)) return start + 1;
    }
    // the generated file names things at random: a lookup that finds nothing still costs the search
    const i = text.indexOf(prefix, from);
    if (i < 0) throw new Error(`bench: "${prefix.trim()}" not found after offset ${from}`);
    return i + prefix.length + 1;
  };
  const backend = resolving('service:\n                name: ', 'Service');
  const sa = resolving('serviceAccountName: ', 'ServiceAccount');
  const svcName = resolving('kind: Service\nmetadata:\n  name: ', 'Service');
  const selector = text.indexOf('  selector:', svcName) + 3;
  const deploy = text.indexOf('kind: Deployment', from);
  return {
    definition: [backend, selector, sa],
    references: [svcName, backend],
    rename: [svcName],
    edit: text.indexOf('replicas: ', deploy) + 'replicas: '.length,
  };
}

async function timeRequests(client, uri, n, make, warmup = 3) {
  const samples = [];
  let empty = 0;
  for (let i = 0; i < n + warmup; i++) {
    const { method, params } = make(i);
    // a refused rename is an answer too (an error response)
    const { ms, result } = await client.timed(method, params).catch((e) => ({ ms: NaN, result: e }));
    if (Number.isNaN(ms)) throw new Error(`bench: ${method} failed: ${result.message}`);
    if (i >= warmup) {
      samples.push(ms);
      if (result === null || (Array.isArray(result) && !result.length)) empty++;
    }
  }
  return { ...summary(samples), empty };
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
    r.inlayHint = await timeRequests(client, uri, iterations, () => ({
      method: 'textDocument/inlayHint',
      params: { textDocument: doc, range: { start: { line: mid, character: 0 }, end: { line: mid + 60, character: 0 } } },
    }));
    // definition sent right after a keystroke: the server takes in the edit first
    const samples = [];
    for (let i = 0; i < iterations + 1; i++) {
      const ch = client.texts.get(uri)[pts.edit];
      client.change(uri, pts.edit, 1, ch === '2' ? '3' : '2');
      const t = now();
      await client.request('textDocument/definition', { textDocument: doc, position: pos(pts.definition, i) });
      if (i > 0) samples.push(now() - t);
      await client.settle(300, 30_000);
    }
    r.definitionAfterKeystroke = summary(samples);
    log(
      `  navigation on the ${label}: definition p95 ${r.definition.p95.toFixed(1)} ms, references ${r.references.p95.toFixed(1)}, rename ${r.rename.p95.toFixed(1)}, symbols ${r.documentSymbol.p95.toFixed(1)}, code lens ${r.codeLens.p95.toFixed(1)}`,
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
    ['code lenses', r.codeLens],
    ['inlay hints (60 visible lines)', r.inlayHint],
    ['definition right after a keystroke', r.definitionAfterKeystroke],
  ];
  return {
    figures: rows.map(([what, s]) => ({ name: `navigation: ${what}, ${r.label}`, s })),
    budgets: rows.map(([what, s]) => ({ name: `navigation: ${what} p95, ${r.label}`, value: s?.p95, limit: 15, unit: 'ms', cmp: '<=' })),
  };
}
