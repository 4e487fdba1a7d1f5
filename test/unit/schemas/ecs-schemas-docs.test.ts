/**
 * The bundled ECS schemas against real files, and their documentation: every property described and
 * linked, defaults valid, snippets valid, patterns explained in words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SchemaStore } from '../../../server/src/core/schema/store';
import { schemasAtPath } from '../../../server/src/core/schema/navigate';
import { isPlaceholder } from '../../../server/src/core/text/placeholder';
import { type Json, BASE, SCHEMAS, FILES, ajv, validator } from './ecsSchemaKit';
import { nodeSchemaSource } from '../../../server/src/node/runtime';

const KNOWN_BAD: Record<string, { why: string; paths: RegExp }> = {
  'firelens_task_definition_100MB.json': { why: 'container memory written as the string "100" (the CLI wants an integer)', paths: /^\/containerDefinitions\/0\/memory$/ },
  'firehose_task_definition_100MB.json': { why: 'container memory written as the string "100"', paths: /^\/containerDefinitions\/0\/memory$/ },
  'task-efs-vol-read__task-definition.json': { why: 'FILESYSTEM_ID left in as the file system id', paths: /^\/volumes\/0\/efsVolumeConfiguration\/fileSystemId$/ },
  'task-elastic-inference__task-definition.json': { why: 'inferenceDevices is not a container field (accelerators go in resourceRequirements)', paths: /^\/containerDefinitions\/0$/ },
  'reverse-proxy__task-definition.json': { why: 'container cpu/memory/containerPort written as strings', paths: /^\/containerDefinitions\/\d\/(cpu|memory|portMappings\/0\/containerPort)$/ },
  'static-host__task-definition.json': { why: 'container memory/containerPort written as strings', paths: /^\/containerDefinitions\/0\/(memory|portMappings\/0\/containerPort)$/ },
};
const REALWORLD = '/work/shared/realworld/ecs';

/** the value at a JSON pointer is a template placeholder */
function placeholderAt(body: unknown, pointer: string): boolean {
  let v: unknown = body;
  for (const seg of pointer.split('/').slice(1)) v = v && typeof v === 'object' ? (v as Json)[seg] : undefined;
  return typeof v === 'string' && isPlaceholder(v);
}

test('real-world ECS files pass, except known upstream mistakes and placeholders', { skip: !existsSync(REALWORLD) }, () => {
  const files = readdirSync(REALWORLD).filter((f) => f.endsWith('.json'));
  let checked = 0;
  const unexpected: string[] = [];
  for (const f of files) {
    const value = JSON.parse(readFileSync(join(REALWORLD, f), 'utf8'));
    const kind = Array.isArray(value) ? 'container-definitions'
      : value.containerDefinitions || (value.taskDefinition && typeof value.taskDefinition === 'object') ? 'task-definition'
        : value.serviceName || value.service ? 'service' : undefined;
    if (!kind) continue;
    const body = kind === 'task-definition' && typeof value.taskDefinition === 'object' ? value.taskDefinition : value;
    const v = validator(kind);
    checked++;
    const known = Object.entries(KNOWN_BAD).find(([suffix]) => f.endsWith(suffix))?.[1];
    if (v(body)) {
      if (known) unexpected.push(`${f}: listed as failing (${known.why}) but passes`);
      continue;
    }
    const paths = (v.errors ?? []).map((e) => e.instancePath).filter((p) => !placeholderAt(body, p));
    if (!paths.length) {
      if (known) unexpected.push(`${f}: listed as failing (${known.why}) but only placeholders fail`);
      continue;
    }
    if (!known) unexpected.push(`${f}: ${JSON.stringify(v.errors?.map((e) => `${e.instancePath} ${e.message}`))}`);
    else for (const p of paths) if (!known.paths.test(p)) unexpected.push(`${f}: unexpected error at ${p}`);
  }
  assert.ok(checked >= 20, `only ${checked} files checked`);
  assert.deepEqual(unexpected, []);
});

// ---------- documentation of every property ----------
interface Prop { where: string; schema: Json }

/** every entry of every `properties` map, at any depth (definitions, items, combinators) */
function allProperties(s: unknown, where: string, out: Prop[] = []): Prop[] {
  if (!s || typeof s !== 'object') return out;
  if (Array.isArray(s)) { s.forEach((x, i) => allProperties(x, `${where}/${i}`, out)); return out; }
  const o = s as Json;
  for (const [k, v] of Object.entries(o)) {
    if (k === 'defaultSnippets' || k === 'enum' || k === 'default') continue; // data, not schemas
    if (k === 'properties' && v && typeof v === 'object') {
      for (const [name, ps] of Object.entries(v as Json)) {
        out.push({ where: `${where}/properties/${name}`, schema: ps as Json });
        allProperties(ps, `${where}/properties/${name}`, out);
      }
    } else allProperties(v, `${where}/${k}`, out);
  }
  return out;
}

test('every property at every level has a description and an AWS documentation link', () => {
  const missing: string[] = [];
  let count = 0;
  for (const s of SCHEMAS) {
    const file = String(s.$id).slice(BASE.length);
    for (const p of allProperties(s, file)) {
      count++;
      const d = p.schema.description;
      if (typeof d !== 'string' || d.trim().length < 5) missing.push(`${p.where}: description`);
      // the anyOf branches of the service only restate the two name fields
      if (!/\/anyOf\//.test(p.where) && !/^https:\/\/docs\.aws\.amazon\.com\//.test(String(p.schema['x-doc-url']))) missing.push(`${p.where}: x-doc-url`);
      if (p.schema.deprecated && typeof p.schema.deprecationMessage !== 'string') missing.push(`${p.where}: deprecationMessage`);
    }
    for (const [name, def] of Object.entries((s.definitions ?? {}) as Json)) {
      if (typeof def.description !== 'string') missing.push(`${file}#/definitions/${name}: description`);
    }
  }
  assert.ok(count > 300, `only ${count} properties found`);
  assert.deepEqual(missing, []);
});

test('objects list their properties and reject unknown keys, except free-form maps', () => {
  const open: string[] = [];
  const walk = (s: unknown, where: string) => {
    if (!s || typeof s !== 'object') return;
    if (Array.isArray(s)) { s.forEach((x, i) => walk(x, `${where}/${i}`)); return; }
    const o = s as Json;
    if (o.properties && o.additionalProperties !== false && !/\/anyOf\/\d+$/.test(where)) open.push(where);
    for (const [k, v] of Object.entries(o)) {
      if (k === 'defaultSnippets' || k === 'enum' || k === 'default') continue;
      // the keys of `properties` are field names (one is even called "properties"), their values schemas
      if (k === 'properties') for (const [name, ps] of Object.entries(v as Json)) walk(ps, `${where}/properties/${name}`);
      else walk(v, `${where}/${k}`);
    }
  };
  for (const s of SCHEMAS) walk(s, String(s.$id).slice(BASE.length));
  assert.deepEqual(open, []);
});

test('defaults satisfy their own schema, and deprecated fields say so', () => {
  const bad: string[] = [];
  for (const s of SCHEMAS) {
    for (const p of allProperties(s, '')) {
      if (p.schema.default === undefined) continue;
      const v = ajv.compile({ $ref: `${s.$id}#${p.where.replace(/~/g, '~0')}` });
      if (!v(p.schema.default)) bad.push(`${s.$id}#${p.where}: default ${JSON.stringify(p.schema.default)}`);
    }
  }
  assert.deepEqual(bad, []);
  const td = SCHEMAS.find((s) => s.$id === `${BASE}task-definition.schema.json`)!;
  assert.equal(td.properties.inferenceAccelerators.deprecated, true);
  assert.equal(td.properties.networkMode.default, 'bridge');
  const hc = td.definitions.healthCheck.properties;
  assert.deepEqual([hc.interval.minimum, hc.interval.maximum, hc.interval.default], [5, 300, 30]);
  assert.deepEqual([hc.timeout.minimum, hc.timeout.maximum, hc.timeout.default], [2, 60, 5]);
  assert.deepEqual([hc.retries.minimum, hc.retries.maximum, hc.retries.default], [1, 10, 3]);
});

/** a snippet body as the document it expands to: "^${1:80}" → 80, "${1:x}" → "x" */
function expandSnippet(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(expandSnippet);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, expandSnippet(x)]));
  if (typeof v !== 'string') return v;
  const text = v.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
  return v.startsWith('^') ? JSON.parse(text.slice(1)) : text;
}

test('defaultSnippets expand to values their schema accepts', () => {
  const bad: string[] = [];
  let count = 0;
  const walk = (s: unknown, id: string, ptr: string) => {
    if (!s || typeof s !== 'object') return;
    if (Array.isArray(s)) { s.forEach((x, i) => walk(x, id, `${ptr}/${i}`)); return; }
    const o = s as Json;
    if (Array.isArray(o.defaultSnippets)) {
      const v = ajv.compile({ $ref: `${id}#${ptr}` });
      for (const sn of o.defaultSnippets) {
        count++;
        assert.equal(typeof sn.label, 'string');
        if (!v(expandSnippet(sn.body))) bad.push(`${id}#${ptr} "${sn.label}": ${JSON.stringify(v.errors)}`);
      }
    }
    for (const [k, x] of Object.entries(o)) {
      if (k === 'defaultSnippets' || k === 'enum' || k === 'default') continue;
      if (k === 'properties') for (const [name, ps] of Object.entries(x as Json)) walk(ps, id, `${ptr}/properties/${name}`);
      else walk(x, id, `${ptr}/${k}`);
    }
  };
  for (const s of SCHEMAS) walk(s, s.$id, '');
  assert.ok(count >= 10, `only ${count} snippets`);
  assert.deepEqual(bad, []);
});

// ---------- the way hover and completion read them ----------
test('SchemaStore navigation follows the cross-file ref from container-definitions into the task definition', () => {
  const store = new SchemaStore(nodeSchemaSource());
  const id = `${BASE}container-definitions.schema.json`;
  const at = schemasAtPath(store, { schema: store.resolve(id)!, base: id }, [0, 'healthCheck', 'interval']);
  assert.ok(at.some((l) => l.schema.default === 30 && l.schema.minimum === 5), JSON.stringify(at.map((l) => l.schema)));
  const svc = `${BASE}service.schema.json`;
  const tags = schemasAtPath(store, { schema: store.resolve(svc)!, base: svc }, ['tags', 0, 'key']);
  assert.ok(tags.some((l) => typeof l.schema.description === 'string' && l.schema.maxLength === 128));
});

test('every pattern is explained in words (x-pattern-hint for our server, patternErrorMessage for VS Code)', () => {
  const missing: string[] = [];
  const walk = (n: unknown, where: string): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach((x, i) => walk(x, `${where}/${i}`)); return; }
    const o = n as Json;
    if (typeof o.pattern === 'string') {
      for (const k of ['x-pattern-hint', 'patternErrorMessage']) {
        if (typeof o[k] !== 'string' || o[k].length < 8 || /[\^$\\]|\(\?/.test(o[k])) missing.push(`${where}: ${k}`);
      }
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'default' && k !== 'defaultSnippets' && k !== 'examples') walk(v, `${where}/${k}`);
  };
  FILES.forEach((f, i) => walk(SCHEMAS[i], f));
  assert.deepEqual(missing, []);
});
