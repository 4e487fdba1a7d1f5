/**
 * The Kubernetes field descriptions live in a file of their own (scripts/k8s-schema/output.mjs) and
 * are put back for hover and completion (schema/docs.ts, SchemaStore.wantDocs): the round trip gives
 * the schema back exactly, a cold diagnosis never reads them, and a damaged docs file costs only them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asciiJson, splitDescriptions } from '../../../scripts/k8s-schema/output.mjs';
import { mergeDescriptions } from '../../../server/src/core/schema/docs';
import { K8S_ID, SchemaStore } from '../../../server/src/core/schema/store';
import { memorySchemaSource } from '../memorySchemas';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const sample = (): Json => ({
  $id: K8S_ID,
  description: 'root',
  'x-kinds': { 'v1/Thing': 'Thing' },
  'x-versions': { fields: { Thing: { description: '1.35' } } },
  definitions: {
    Thing: {
      description: 'A thing — with “quotes”',
      type: 'object',
      properties: {
        description: { type: 'string', description: 'a field named description' },
        items: { type: 'array', items: { $ref: '#/definitions/Part', description: 'the parts' } },
        mode: { anyOf: [{ type: 'string' }, { type: 'integer', description: 'a number' }], default: { description: 'a value' } },
      },
      additionalProperties: false,
    },
    Part: { type: 'string' },
  },
});

test('split then merge gives the schema back; only schema descriptions move', () => {
  const bare = sample();
  const docs = splitDescriptions(bare)!;
  assert.equal(bare.description, undefined);
  assert.equal(bare.definitions.Thing.description, undefined);
  assert.equal(bare.definitions.Thing.properties.description.description, undefined);
  assert.deepEqual(bare.definitions.Thing.properties.description, { type: 'string' }, 'the field named description stays a field');
  assert.deepEqual(bare['x-versions'], { fields: { Thing: { description: '1.35' } } }, 'the version table is not a schema');
  assert.deepEqual(bare.definitions.Thing.properties.mode.default, { description: 'a value' }, 'a default value is not a schema');
  const back = JSON.parse(asciiJson(bare));
  mergeDescriptions(back, JSON.parse(asciiJson(docs)));
  assert.deepEqual(back, sample());
});

test('the files are ASCII: escapes decode to the same text', () => {
  const text = asciiJson(sample());
  assert.ok(/^[\x00-\x7f]*$/.test(text));
  assert.deepEqual(JSON.parse(text), sample());
});

test('a docs tree that does not fit adds nothing and never reaches a prototype', () => {
  const target: Json = { definitions: { A: { type: 'string' } } };
  mergeDescriptions(
    target,
    JSON.parse(
      '{"__proto__":{"description":"x"},"definitions":{"B":{"description":"y"},"A":{"description":7,"items":{"description":"z"}}}}',
    ),
  );
  assert.deepEqual(target, { definitions: { A: { type: 'string' } } });
  assert.equal(({} as Json).description, undefined);
});

function storeWith(docs: Uint8Array | undefined): SchemaStore {
  const bare = sample();
  const tree = splitDescriptions(bare);
  const source = memorySchemaSource({ kubernetes: bare });
  let reads = 0;
  const store = new SchemaStore({
    ...source,
    kubernetesDocs: () => {
      reads++;
      return docs ?? new TextEncoder().encode(JSON.stringify(tree));
    },
  });
  Object.defineProperty(store, 'docReads', { get: () => reads });
  return store;
}

test('the store reads the descriptions only when asked, before or after the schema', () => {
  const late = storeWith(undefined);
  assert.equal(late.resolve(`${K8S_ID}#/definitions/Thing`)?.description, undefined);
  assert.equal((late as unknown as Json).docReads, 0, 'diagnostics never read them');
  late.wantDocs();
  late.wantDocs();
  assert.equal(late.resolve(`${K8S_ID}#/definitions/Thing`)?.description, 'A thing — with “quotes”');
  assert.equal((late as unknown as Json).docReads, 1);

  const early = storeWith(undefined);
  early.wantDocs();
  assert.equal((early as unknown as Json).docReads, 0, 'no schema loaded yet: nothing read');
  assert.equal(early.resolve(`${K8S_ID}#/definitions/Thing/properties/items/items`)?.description, 'the parts');
});

test('a damaged docs file: no descriptions, no crash', () => {
  const store = storeWith(new TextEncoder().encode('{ not json'));
  store.wantDocs();
  const thing = store.resolve(`${K8S_ID}#/definitions/Thing`);
  assert.equal(thing?.type, 'object');
  assert.equal(thing?.description, undefined);
});
