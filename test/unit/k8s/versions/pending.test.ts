/** Which definitions the not-served walk enters: those that hold, or lead to, a field the version lacks. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasK8sSchema, store } from '../helpers';
import { definitionsWithPending } from '../../../../server/src/core/k8s/versions/pending';
import { versionTable, type VersionTable } from '../../../../server/src/core/k8s/versions/table';
import { K8S_ID } from '../../../../server/src/core/schema/store';

const skip = !hasK8sSchema() && 'dist/schemas/kubernetes.json not generated (run node esbuild.mjs)';

const table: VersionTable = {
  oldest: '1.29',
  newest: '1.36',
  sources: {},
  changelog: {},
  kinds: {},
  fields: { Leaf: { late: '1.33' } },
};
const ref = (d: string) => ({ $ref: `#/definitions/${d}` });
const defs = {
  Root: { properties: { direct: ref('Mid'), list: { type: 'array', items: ref('Other') }, none: { type: 'string' } } },
  Mid: { properties: { byMap: { type: 'object', additionalProperties: ref('Leaf') } } },
  Other: { properties: { either: { anyOf: [{ type: 'string' }, ref('Leaf')] } } },
  Leaf: { properties: { late: { type: 'string' } } },
  Apart: { properties: { x: ref('Root2') } },
  Root2: { properties: { y: { type: 'string' } } },
};

test('a field the version lacks marks its definition and every one that leads to it', () => {
  assert.deepEqual([...definitionsWithPending(table, defs, '1.32')].sort(), ['Leaf', 'Mid', 'Other', 'Root']);
  assert.deepEqual([...definitionsWithPending(table, defs, '1.33')], [], 'served from 1.33: nothing to look for');
});

test('the real schema: the oldest version has workload fields to look for, the newest almost none', { skip }, () => {
  const t = versionTable(store);
  const real = store.get(K8S_ID)!.definitions as Record<string, Record<string, unknown>>;
  const old = definitionsWithPending(t, real, t.oldest);
  assert.ok(old.has('io.k8s.api.core.v1.PodSpec') && old.has('io.k8s.api.apps.v1.Deployment'));
  const newest = definitionsWithPending(t, real, t.newest);
  assert.ok(newest.size < old.size / 4, `${newest.size} of ${old.size}`);
});
