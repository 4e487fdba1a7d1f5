/**
 * What the bench does with the real-world inputs (realworld.mjs), the same way for ours and the
 * peer: open the big real file and time its first diagnostics; edit it at its first, a middle and
 * its last document, in a value and in a key, and rename an object other documents refer to;
 * complete and hover; and open a workspace of real files all at once.
 */
import { readFileSync } from 'node:fs';
import { parseAllDocuments, visit, isPair } from 'yaml';
import { BenchClient, now } from './lspClient.mjs';
import { requestLatency } from './scenarios.mjs';
import { summary } from './report.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** keys whose plain values make a harmless one-character edit, best first */
const VALUE_KEYS = ['replicas', 'containerPort', 'port', 'targetPort', 'image', 'value', 'memory', 'cpu', 'mountPath', 'path'];
/** kinds whose names other documents refer to (volumes, envFrom, serviceAccountName, backends) */
const REFERRED = new Set(['ConfigMap', 'Secret', 'Service', 'ServiceAccount', 'PersistentVolumeClaim']);

/** The character typed after `c` (a digit after a digit keeps a number a number). */
export function neighbour(c) {
  if (c >= '0' && c <= '9') return c === '9' ? '8' : String.fromCharCode(c.charCodeAt(0) + 1);
  return c === 'x' ? 'y' : 'x';
}

const isPlain = (n) => n && n.range && typeof n.source === 'string' && n.type === 'PLAIN' && n.source.length > 0;

/** Every key/value pair of a document: { key, value, depth } with yaml nodes (offsets in the whole text); depth 2 is the top level. */
function pairs(doc) {
  const out = [];
  visit(doc, {
    Pair(_, p, path) {
      if (isPair(p)) out.push({ key: p.key, value: p.value, depth: path.length });
    },
  });
  return out;
}

/** A document's kind and `metadata.name` (plain values only). */
function identity(doc) {
  const js = doc.errors.length ? undefined : doc.contents?.toJSON?.();
  return { kind: js?.kind, name: typeof js?.metadata?.name === 'string' ? js.metadata.name : undefined };
}

/**
 * Where the bench edits, completes and hovers in the big real file. Every edit point is just
 * after a plain scalar (a key or a value), where a character is typed and deleted; `rename` is
 * after the `metadata.name` of an object near the middle that the most other documents refer to.
 */
export function realPoints(text) {
  const docs = parseAllDocuments(text).filter((d) => !d.errors.length && d.contents && identity(d).kind);
  const middle = docs.findIndex((d) => d.range[0] >= text.length / 2);
  const valueIn = (doc) => {
    const ps = pairs(doc).filter((p) => isPlain(p.key) && isPlain(p.value) && p.depth > 2);
    for (const k of VALUE_KEYS) {
      const hit = ps.find((p) => p.key.source === k);
      if (hit) return hit.value.range[1];
    }
    const any = ps.find((p) => !['name', 'namespace', 'app', 'kind', 'apiVersion'].includes(p.key.source));
    return any ? any.value.range[1] : undefined;
  };
  const keyIn = (doc) => {
    // the key nearest the document's middle, below the top level
    const mid = (doc.range[0] + doc.range[1]) / 2;
    const ps = pairs(doc).filter((p) => isPlain(p.key) && p.depth > 2 && p.key.source !== 'name');
    ps.sort((a, b) => Math.abs(a.key.range[0] - mid) - Math.abs(b.key.range[0] - mid));
    return ps[0] ? ps[0].key.range[1] : undefined;
  };
  const first = (pick, from, step) => {
    for (let i = from; i >= 0 && i < docs.length; i += step) {
      const o = pick(docs[i]);
      if (o !== undefined) return o;
    }
    throw new Error('bench: no edit point in the real file');
  };
  const edits = {
    'value, first document': first(valueIn, 0, 1),
    'value, middle document': first(valueIn, middle, 1),
    'value, last document': first(valueIn, docs.length - 1, -1),
    'key, first document': first(keyIn, 0, 1),
    'key, middle document': first(keyIn, middle, 1),
    'key, last document': first(keyIn, docs.length - 1, -1),
  };
  // the rename: an object near the middle that many others refer to
  let best;
  for (let i = Math.floor(docs.length * 0.3); i < docs.length * 0.7; i++) {
    const { kind, name } = identity(docs[i]);
    if (!REFERRED.has(kind) || !name) continue;
    const refs = (text.match(new RegExp(`(?::|-)[ \\t]+["']?${name.replace(/\./g, '\\.')}["']?[ \\t]*$`, 'gm')) ?? []).length - 1;
    const score = refs * 1e9 - Math.abs(i - middle);
    if (refs > 0 && (!best || score > best.score)) best = { score, doc: docs[i], refs, kind, name };
  }
  if (!best) throw new Error('bench: no object near the middle that others refer to');
  const name = best.doc.getIn(['metadata', 'name'], true);
  if (!isPlain(name)) throw new Error(`bench: the name of ${best.kind} ${best.name} is not a plain scalar`);
  edits[`rename, a ${best.kind} named in ${best.refs} other places`] = name.range[1];

  // completion and hover in a Deployment after the middle
  const isDeployment = (d) => identity(d).kind === 'Deployment' && d.get('apiVersion') === 'apps/v1';
  const dep = docs.slice(middle).find(isDeployment) ?? docs.find(isDeployment);
  const ps = pairs(dep);
  const key = (k) => ps.find((p) => isPlain(p.key) && p.key.source === k);
  const container = key('image') ?? key('name');
  const spec = key('replicas') ?? key('selector') ?? key('template');
  const kind = key('kind');
  const policy = key('imagePullPolicy');
  return {
    edits,
    rename: { kind: best.kind, name: best.name, refs: best.refs },
    documents: docs.length,
    completions: [container.key.range[0] + 1, spec.key.range[0] + 1, ...(policy && isPlain(policy.value) ? [policy.value.range[0]] : [])],
    hovers: [container.key.range[0] + 2, spec.key.range[0] + 2, kind.value.range[0] + 3],
  };
}

/**
 * n keystrokes at `offset`: a character typed there, then deleted, and so on (what typing does:
 * the text after it moves), each timed from didChange to the diagnostics that answer it.
 */
export async function typeLatency(client, uri, offset, n, gapMs = 20) {
  const samples = [];
  const ch = neighbour(client.texts.get(uri)[offset - 1]);
  for (let i = 0; i < n; i++) {
    const mark = client.mark();
    const t = now();
    const v = i % 2 ? client.change(uri, offset, 1, '') : client.change(uri, offset, 0, ch);
    await client.waitDiagnostics([uri], mark, v, 120_000);
    samples.push(client.diags.get(uri).at - t);
    await sleep(gapMs);
  }
  // leave the text as it was
  if (n % 2) {
    const mark = client.mark();
    const v = client.change(uri, offset, 1, '');
    await client.waitDiagnostics([uri], mark, v, 120_000);
  }
  return summary(samples);
}

/**
 * The big real file in a fresh server whose workspace folder (`folder`) does not hold it, so the
 * open parses it as a new file would be (as the peer does): first diagnostics after open, the
 * edits of `realPoints`, completion and hover, peak memory. `extraOpens` more fresh servers give
 * the first-diagnostics median.
 */
export async function realBigScenario({
  node,
  args,
  settings,
  env,
  folder,
  bigFile,
  iterations,
  editIterations = iterations,
  extraOpens = 0,
  log,
}) {
  const text = readFileSync(bigFile, 'utf8');
  const pts = realPoints(text);
  const r = { edits: {}, rename: pts.rename, documents: pts.documents, opens: [] };
  const client = new BenchClient(node, args, settings, env);
  try {
    await client.initialize(folder);
    await client.pushConfiguration();
    await client.settle(300);
    const mark = client.mark();
    const t = now();
    const uri = client.openFile(bigFile);
    await client.waitDiagnostics([uri], mark, undefined, 300_000);
    r.opens.push(client.diags.get(uri).at - t);
    r.diagnostics = client.diags.get(uri).count;
    log(`  open ${pts.documents} documents → first diagnostics ${r.opens[0].toFixed(0)} ms (${r.diagnostics} diagnostics)`);
    await client.settle(500, 120_000);
    r.memoryAfterOpenMB = client.memory().peakMB;
    for (const [name, offset] of Object.entries(pts.edits)) {
      r.edits[name] = await typeLatency(client, uri, offset, editIterations);
      log(`  edit → diagnostics, ${name}: p50 ${r.edits[name].p50.toFixed(1)} ms (max ${r.edits[name].max.toFixed(0)})`);
      await client.settle(300, 120_000);
    }
    r.completion = await requestLatency(client, 'textDocument/completion', uri, pts.completions, iterations);
    r.hover = await requestLatency(client, 'textDocument/hover', uri, pts.hovers, iterations);
    log(`  completion p95 ${r.completion.p95.toFixed(1)} ms (${r.completion.empty} empty), hover p95 ${r.hover.p95.toFixed(1)} ms`);
    r.memory = client.memory();
    log(`  peak memory ${r.memory.peakMB.toFixed(0)} MB (${r.memoryAfterOpenMB.toFixed(0)} after the open)`);
  } finally {
    r.logs = client.logs.slice(0, 50);
    r.stderr = (client.stderr || '').slice(0, 4000);
    await client.stop();
  }
  for (let i = 0; i < extraOpens; i++) {
    const c = new BenchClient(node, args, settings, env);
    try {
      await c.initialize(folder);
      await c.pushConfiguration();
      await c.settle(300);
      const mark = c.mark();
      const t = now();
      const uri = c.openFile(bigFile);
      await c.waitDiagnostics([uri], mark, undefined, 300_000);
      r.opens.push(c.diags.get(uri).at - t);
    } finally {
      await c.stop();
    }
  }
  r.open = summary(r.opens);
  if (extraOpens) log(`  first diagnostics, ${r.opens.length} fresh servers: p50 ${r.open.p50.toFixed(0)} ms`);
  return r;
}
