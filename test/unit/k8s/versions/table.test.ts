/**
 * The per-version table (x-versions of the generated schema) and what the target version makes of
 * it: a kind and a field that arrive, a deprecated API and a removed one; the EKS calendar.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasK8sSchema, store } from '../helpers';
import { apiState, fieldArrives, kindArrives, versionTable } from '../../../../server/src/core/k8s/versions/table';
import { DEFAULT_TARGET, newestStandard, offeredVersions, supportStatus } from '../../../../server/src/core/k8s/versions/eksCalendar';
import { compareMinor, parseMinor } from '../../../../server/src/core/k8s/versions/minor';

const skip = !hasK8sSchema() && 'dist/schemas/kubernetes.json not generated (run node esbuild.mjs)';

test('a kind that arrives: VolumeAttributesClass in storage.k8s.io/v1 from 1.34', { skip }, () => {
  const t = versionTable(store);
  assert.equal(kindArrives(t, 'storage.k8s.io/v1', 'VolumeAttributesClass', '1.33'), '1.34');
  assert.equal(kindArrives(t, 'storage.k8s.io/v1', 'VolumeAttributesClass', '1.34'), undefined);
  assert.equal(kindArrives(t, 'apps/v1', 'Deployment', '1.29'), undefined, 'served by every version in the table');
  assert.equal(kindArrives(t, 'resource.k8s.io/v1', 'ResourceClaim', '1.32'), '1.34');
});

test('a field that arrives: CSIDriver spec.nodeAllocatableUpdatePeriodSeconds from 1.33', { skip }, () => {
  const t = versionTable(store);
  const def = 'io.k8s.api.storage.v1.CSIDriverSpec';
  assert.equal(fieldArrives(t, def, 'nodeAllocatableUpdatePeriodSeconds', '1.32'), '1.33');
  assert.equal(fieldArrives(t, def, 'nodeAllocatableUpdatePeriodSeconds', '1.33'), undefined);
  assert.equal(fieldArrives(t, def, 'attachRequired', '1.29'), undefined);
});

test('sources: a package for every release but 1.31, which says how it was filled', { skip }, () => {
  const t = versionTable(store);
  assert.equal(t.oldest, '1.29');
  assert.equal(t.newest, '1.36');
  for (const v of ['1.29', '1.30', '1.32', '1.33', '1.34', '1.35']) assert.match(t.sources[v], /^@kubernetes\/client-node \d/, v);
  assert.match(t.sources['1.36'], /^kubernetes-models /);
  assert.match(t.sources['1.31'], /no npm package carries 1\.31/);
  assert.match(t.changelog['io.k8s.api.core.v1.PodSpec.resources'], /1\.32 changelog/);
  assert.equal(t.fields['io.k8s.api.core.v1.PodSpec'].resources, '1.32', 'dated by the changelog');
  assert.equal(t.fields['io.k8s.api.core.v1.Volume'].image, '1.31', 'first seen in 1.32, dated 1.31');
  assert.ok(JSON.stringify(t).length < 16_000, 'the table stays small');
});

test('deprecated before its removal, removed from it on (relative to the target)', { skip }, () => {
  const t = versionTable(store);
  const dep = apiState(t, 'flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', '1.31');
  assert.equal(dep?.state, 'deprecated');
  assert.deepEqual(dep?.replacement, { apiVersion: 'flowcontrol.apiserver.k8s.io/v1', kind: 'FlowSchema' });
  assert.equal(dep?.removedIn, '1.32');
  assert.equal(apiState(t, 'flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', '1.32')?.state, 'removed');
  assert.equal(apiState(t, 'extensions/v1beta1', 'Ingress', '1.29')?.state, 'removed');
  assert.equal(apiState(t, 'networking.k8s.io/v1', 'Ingress', '1.35'), undefined);
});

test('deprecated without a removal: v1 Endpoints warns from 1.33 on, EndpointSlice instead', { skip }, () => {
  const t = versionTable(store);
  assert.equal(apiState(t, 'v1', 'Endpoints', '1.32'), undefined);
  const dep = apiState(t, 'v1', 'Endpoints', '1.33');
  assert.equal(dep?.state, 'deprecated');
  assert.equal(dep?.removedIn, undefined);
  assert.equal(dep?.deprecatedIn, '1.33');
  assert.deepEqual(dep?.replacement, { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice' });
});

test('the EKS calendar: support status on a fixed day, default target, offered versions', () => {
  const today = '2026-12-02';
  assert.equal(supportStatus('1.35', today), 'standard');
  assert.equal(supportStatus('1.34', today), 'extended', 'standard support ends on 2 December 2026');
  assert.equal(supportStatus('1.32', today), 'extended');
  assert.equal(supportStatus('1.31', today), 'ended', 'extended support ended on 26 November 2026');
  assert.equal(supportStatus('1.20', today), 'unknown');
  assert.equal(newestStandard(today), '1.35');
  assert.equal(newestStandard('2025-06-01'), '1.33');
  assert.equal(DEFAULT_TARGET, '1.35');
  assert.deepEqual(
    offeredVersions(today).map((r) => r.version),
    ['1.35', '1.34', '1.33', '1.32'],
  );
});

test('minor versions as written', () => {
  assert.equal(parseMinor('1.34'), '1.34');
  assert.equal(parseMinor('v1.34.2'), '1.34');
  assert.equal(parseMinor(1.3), '1.3');
  assert.equal(parseMinor('latest'), undefined);
  assert.ok(compareMinor('1.9', '1.10') < 0);
});
