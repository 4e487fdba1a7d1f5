#!/usr/bin/env node
/**
 * Precompiles the validators of the bundled schemas at build time (ajv standalone code), so the
 * server's first diagnostics do not wait for ajv to compile PodSpec (~150 ms) or the ECS task
 * definition (~60 ms). Output (not committed), in dist/schemas/validators/:
 *   index.json        { fingerprints: { k8s, bundled }, strict: { id: file }, loose: { id: file } }
 *   <mode>-<chunk>.js one CommonJS module per chunk, exporting a function per schema id
 * Chunks keep what one document needs small: every kind that embeds a PodSpec shares one
 * `workloads` chunk, other Kubernetes kinds are grouped by API group and version (a kind that
 * reaches a quarter of all kinds would stand alone: none does since a List's items are checked one
 * by one), each ECS/eksctl schema has its own. Kubernetes comes strict and loose; ECS and eksctl are only checked strictly.
 * server/src/core/schema/validators.ts uses a chunk only when the fingerprint of its source
 * (sha1 of the schema files, see sources.ts) matches what the server loaded; otherwise, or
 * without these files, it compiles at run time. Options and schema copies come from
 * server/src/core/schema/prepare.ts, the same code the run-time compile uses.
 */
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const Ajv = require('ajv').default;
const standaloneCode = require('ajv/dist/standalone').default;
const PKG = root;
const OUT = join(PKG, 'dist', 'schemas', 'validators');
const POD_SPEC = 'io.k8s.api.core.v1.PodSpec';

/** prepare.ts, sources.ts and node/schemaFiles.ts, bundled on the fly: one source for options, copies and hashes */
async function loadShared() {
  const r = await esbuild.build({
    stdin: {
      contents: "export * from './prepare'; export * from './sources'; export * from '../../node/schemaFiles';",
      resolveDir: join(root, 'server', 'src', 'core', 'schema'),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
}

/** every definition a definition reaches through `$ref` */
function closure(defs, start) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !defs[name]) return;
    seen.add(name);
    JSON.stringify(defs[name], (k, v) => {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/definitions/')) visit(v.slice(14));
      return v;
    });
  };
  visit(start);
  return seen;
}

function k8sChunk(defs, kinds, def) {
  const reach = closure(defs, def);
  const parts = def.split('.');
  // a kind that reaches many others stands alone, so that a Deployment does not load all of them
  // (`List` did until its items were checked one by one: in the workloads chunk it took that chunk
  // from 0.47 to 1.55 MB, read and compiled on every cold start). Counted in kinds, not definitions:
  // the add-ons' CRDs doubled the definitions
  const kindsReached = kinds.filter((k) => k !== def && reach.has(k)).length;
  if (kindsReached > kinds.length / 4) return `k8s-${parts.slice(-3).join('-')}`.toLowerCase();
  if (reach.has(POD_SPEC)) return 'k8s-workloads';
  return `k8s-${parts.slice(-3, -1).join('-')}`.toLowerCase();
}

/** ECS and eksctl: one chunk per schema file */
const bundledChunk = (id) =>
  `${id.includes('/ecs/') ? 'ecs-' : ''}${id
    .split('/')
    .pop()
    .replace(/\.schema\.json$/, '')}`;

async function writeChunk(ajv, mode, chunk, ids) {
  const code = standaloneCode(ajv, Object.fromEntries(ids.map((id) => [id, id])));
  // bundled: the generated code may require ajv's run-time helpers, which the package does not ship
  const r = await esbuild.build({
    stdin: { contents: code, resolveDir: root, loader: 'js', sourcefile: `${mode}-${chunk}.js` },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const file = `${mode}-${chunk}.js`;
  writeIfChanged(join(OUT, file), r.outputFiles[0].text);
  return file;
}

function writeIfChanged(path, text) {
  const old = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (old !== text) writeFileSync(path, text); // unchanged output keeps its mtime
}

async function main() {
  const shared = await loadShared();
  const index = { fingerprints: {}, strict: {}, loose: {} };
  const chunks = { strict: new Map(), loose: new Map() }; // mode → chunk → ids
  const add = (mode, chunk, id) => {
    const m = chunks[mode];
    if (!m.has(chunk)) m.set(chunk, []);
    m.get(chunk).push(id);
  };

  // the bundled ECS/eksctl schemas, read as the store reads them
  const bundled = shared.bundledSchemaFiles(PKG);
  index.fingerprints.bundled = shared.bundledFingerprint(bundled);
  for (const b of bundled) add('strict', bundledChunk(b.id), b.id);

  const k8sFile = join(PKG, 'dist', 'schemas', 'kubernetes.json');
  const k8sText = existsSync(k8sFile) ? readFileSync(k8sFile, 'utf8') : undefined;
  const k8sSchema = k8sText ? JSON.parse(k8sText) : undefined;
  if (k8sSchema) {
    index.fingerprints.k8s = shared.sha1(k8sText);
    // the ids the server asks for: one per built-in kind's definition
    const defs = [...new Set(Object.values(k8sSchema['x-kinds'] ?? {}))].sort();
    // chunked by what the validators reach (a List's items are checked one by one, k8s/listItems.ts)
    const reachable = shared.k8sForValidation(k8sSchema, true).definitions;
    for (const d of defs)
      for (const mode of ['strict', 'loose']) add(mode, k8sChunk(reachable, defs, d), `${k8sSchema.$id}#/definitions/${d}`);
  } else console.warn('gen-validators: dist/schemas/kubernetes.json is missing; Kubernetes validators will be compiled at run time.');

  mkdirSync(OUT, { recursive: true });
  const written = new Set(['index.json']);
  for (const mode of ['strict', 'loose']) {
    const strict = mode === 'strict';
    // one ajv per mode, as at run time: every bundled schema added, Kubernetes prepared the same way
    const ajv = new Ajv({ ...shared.AJV_OPTIONS, code: { source: true } });
    for (const b of bundled) ajv.addSchema(strict ? b.schema : shared.loosen(b.schema));
    if (k8sSchema) ajv.addSchema(shared.k8sForValidation(k8sSchema, strict));
    for (const [chunk, ids] of chunks[mode]) {
      const file = await writeChunk(ajv, mode, chunk, ids);
      written.add(file);
      for (const id of ids) index[mode][id] = file;
    }
  }
  writeIfChanged(join(OUT, 'index.json'), JSON.stringify(index, null, 1) + '\n');
  for (const f of readdirSync(OUT)) if (!written.has(f)) rmSync(join(OUT, f)); // chunks of an older schema
}

await main();
