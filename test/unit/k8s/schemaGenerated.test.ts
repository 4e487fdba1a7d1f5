/**
 * The generated Kubernetes schema (dist/schemas/kubernetes.json from scripts/gen-k8s-schema.mjs):
 * its shape as the store, completion and hover read it, determinism, and the removed-API table.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../../server/src/node/packageRoot';
import { K8S_ID } from '../../../server/src/core/schema/store';
import { Validators } from '../../../server/src/core/schema/validators';
import { removedApi, removedApis } from '../../../server/src/core/k8s/removedApis';
import { deployment, hasK8sSchema, service, store } from './helpers';

const skip = !hasK8sSchema() && 'dist/schemas/kubernetes.json not generated (run node esbuild.mjs)';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const schema = (): any => store.get(K8S_ID);
const def = (name: string) => schema().definitions[name];

test('x-kinds maps every top-level kind to its io.k8s definition', { skip }, () => {
  const kinds = store.k8sKinds();
  const expect: Record<string, string> = {
    'apps/v1/Deployment': 'io.k8s.api.apps.v1.Deployment',
    'v1/Service': 'io.k8s.api.core.v1.Service',
    'apiextensions.k8s.io/v1/CustomResourceDefinition': 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition',
    'storage.k8s.io/v1/StorageClass': 'io.k8s.api.storage.v1.StorageClass',
    'autoscaling/v2/HorizontalPodAutoscaler': 'io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler',
    'networking.k8s.io/v1/Ingress': 'io.k8s.api.networking.v1.Ingress',
    'batch/v1/CronJob': 'io.k8s.api.batch.v1.CronJob',
    'v1/List': 'io.k8s.api.core.v1.List',
    'apiregistration.k8s.io/v1/APIService': 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService',
  };
  for (const [pair, name] of Object.entries(expect)) {
    assert.equal(kinds[pair], name, pair);
    assert.ok(def(name), `definition ${name}`);
  }
  // every GA and default-on beta kind of the release the models are built from (alpha APIs are left out)
  assert.ok(Object.keys(kinds).length >= 70, `${Object.keys(kinds).length} kinds`);
  assert.equal(schema()['x-kubernetes-version'], '1.36');
  for (const pair of ['storage.k8s.io/v1/VolumeAttributesClass', 'resource.k8s.io/v1/ResourceClaim', 'resource.k8s.io/v1/DeviceClass'])
    assert.ok(kinds[pair], `${pair}, new in 1.34`);
  assert.ok(def('io.k8s.api.storage.v1.CSIDriverSpec').properties.nodeAllocatableUpdatePeriodSeconds, 'a field new in 1.34');
  // removed before the oldest version checked (1.29): not in the schema (k8s/removed-api reports them)
  assert.ok(!kinds['extensions/v1beta1/Deployment'] && !kinds['policy/v1beta1/PodSecurityPolicy'] && !kinds['apps/v1beta1/Scale']);
  // responses and typed lists are not documents one writes
  assert.ok(!Object.keys(kinds).some((k) => /\/(Status|DeleteOptions|WatchEvent|DeploymentList)$/.test(k)));
  // apiVersion and kind are fixed for each kind
  assert.deepEqual(def('io.k8s.api.apps.v1.Deployment').properties.apiVersion.enum, ['apps/v1']);
  assert.deepEqual(def('io.k8s.api.apps.v1.Deployment').properties.kind.enum, ['Deployment']);
  assert.equal(schema().$id, K8S_ID);
  assert.equal(schema().$schema, 'http://json-schema.org/draft-07/schema#');
});

test('fields: descriptions, required, closed objects, maps, int-or-string, quantities, times', { skip }, () => {
  store.wantDocs(); // the descriptions are in kubernetes-docs.json, read for hover and completion
  const spec = def('io.k8s.api.apps.v1.DeploymentSpec');
  assert.equal(spec.additionalProperties, false);
  assert.deepEqual(spec.required, ['selector', 'template']);
  assert.match(spec.properties.replicas.description, /desired pods/);
  assert.equal(spec.properties.replicas.type, 'integer');
  assert.equal(spec.properties.replicas.default, 1);
  const meta = def('io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta');
  assert.deepEqual(meta.properties.labels.additionalProperties, { type: 'string' });
  assert.equal(meta.properties.creationTimestamp.type, 'string');
  assert.equal(meta.properties.uid['x-read-only'], true, 'server-set metadata is marked read-only');
  assert.match(meta.properties.annotations.description, /\[More info\]\(https:\/\//, '"More info: URL" becomes a link');
  assert.deepEqual(def('io.k8s.api.apps.v1.RollingUpdateDeployment').properties.maxSurge.type, ['integer', 'string']);
  assert.deepEqual(def('io.k8s.api.core.v1.ResourceRequirements').properties.limits.additionalProperties, { type: ['string', 'number'] });
  assert.equal(def('io.k8s.api.apps.v1.Deployment').properties.status['x-read-only'], true);
  assert.equal(def('io.k8s.api.core.v1.PodSpec').properties.serviceAccount.deprecated, true, 'the deprecated alias of serviceAccountName');
  // fields the models package leaves out, added by the generator
  assert.ok(def('io.k8s.api.admissionregistration.v1.RuleWithOperations').properties.resources);
  assert.ok(
    def('io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps').properties['x-kubernetes-preserve-unknown-fields'],
  );
  // every $ref resolves
  const missing: string[] = [];
  JSON.stringify(schema(), (k, v) => {
    if (k === '$ref' && typeof v === 'string' && !def(v.replace('#/definitions/', ''))) missing.push(v);
    return v;
  });
  assert.deepEqual(missing, []);
});

test('every kind compiles with ajv in strict and loose mode (one that fails would silently check nothing)', { skip }, () => {
  const validators = new Validators(store);
  for (const strict of [true, false]) {
    for (const [kind, name] of Object.entries(store.k8sKinds()))
      assert.ok(validators.get(`${K8S_ID}#/definitions/${name}`, strict), `${kind} strict=${strict}`);
    const deployment = validators.get(`${K8S_ID}#/definitions/${store.k8sKinds()['apps/v1/Deployment']}`, strict)!;
    assert.equal(
      deployment({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'x' },
        spec: { replicas: 'two', selector: {}, template: {} },
      }),
      false,
    );
    assert.ok(
      deployment.errors?.some((e) => e.instancePath === '/spec/replicas'),
      JSON.stringify(deployment.errors),
    );
  }
});

test("a List's validator asks each item only for an apiVersion and a kind (each item meets its own kind's validator)", { skip }, () => {
  const list = new Validators(store).get(`${K8S_ID}#/definitions/${store.k8sKinds()['v1/List']}`, true)!;
  const item = { apiVersion: 'apps/v1', kind: 'Deployment', spec: { replicas: 'two' } };
  assert.equal(list({ apiVersion: 'v1', kind: 'List', items: [item] }), true, JSON.stringify(list.errors));
  assert.equal(list({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', metadata: {} }] }), false);
  assert.ok(
    list.errors?.some((e) => e.instancePath === '/items/0' && e.keyword === 'required'),
    JSON.stringify(list.errors),
  );
  // the bundled schema, which hover and completion read, still routes an item to its kind
  assert.ok(JSON.stringify(def('io.k8s.api.core.v1.ListItem')).includes('io.k8s.api.apps.v1.Deployment'));
});

test('hover shows the field description from the generated schema', { skip }, () => {
  const text = deployment();
  const ls = service({ 'd.yaml': text.replace('spec:\n  selector', 'spec:\n  replicas: 2\n  selector') });
  const h = ls.hover('file:///ws/d.yaml', ls.workspace.get('file:///ws/d.yaml')!.text.indexOf('replicas') + 2);
  assert.ok(h, 'hover on replicas');
  assert.match(h.markdown, /desired pods/);
  assert.match(h.markdown, /integer/);
});

test('hover on apiVersion and kind describes them (the models declare both as bare literals)', { skip }, () => {
  const ls = service({ 'd.yaml': deployment() });
  const text = ls.workspace.get('file:///ws/d.yaml')!.text;
  const kind = ls.hover('file:///ws/d.yaml', text.indexOf('Deployment') + 2);
  assert.match(kind?.markdown ?? '', /\*\*kind\*\* — Kind is a string value representing the REST resource/);
  assert.match(kind?.markdown ?? '', /Allowed: `"Deployment"`/);
  const apiVersion = ls.hover('file:///ws/d.yaml', text.indexOf('apps/v1') + 2);
  assert.match(apiVersion?.markdown ?? '', /\*\*apiVersion\*\* — APIVersion defines the versioned schema/);
  // a field named kind with words of its own keeps them (an HPA's scaleTargetRef)
  type Docs = { definitions: Record<string, { properties?: Record<string, { description?: string }> }> };
  const docs = JSON.parse(readFileSync(join(packageRoot(), 'dist', 'schemas', 'kubernetes-docs.json'), 'utf8')) as Docs;
  const ref = docs.definitions['io.k8s.api.autoscaling.v2.CrossVersionObjectReference']?.properties?.kind?.description ?? '';
  assert.ok(ref && !ref.startsWith('Kind is a string value'), ref);
});

test('completion offers the fields of the generated schema, not status or deprecated ones', { skip }, () => {
  const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n\n';
  const ls = service({ 'c.yaml': text });
  const labels = ls.complete('file:///ws/c.yaml', text.length).map((i) => i.label);
  assert.ok(labels.includes('spec'), labels.join());
  assert.ok(!labels.includes('status'), 'status is read-only');
});

test('the generator is deterministic: two runs write the same bytes as the build', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'k8s-gen-'));
  try {
    const out = join(dir, 'kubernetes.json');
    const r = spawnSync(process.execPath, [join(packageRoot(), 'scripts', 'gen-k8s-schema.mjs')], {
      env: { ...process.env, GEN_K8S_OUT: out },
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    for (const f of ['kubernetes.json', 'kubernetes-docs.json'])
      assert.equal(readFileSync(join(dir, f), 'utf8'), readFileSync(join(packageRoot(), 'dist', 'schemas', f), 'utf8'), f);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('removed APIs: release and replacement from the migration guide', () => {
  assert.deepEqual(removedApi('extensions/v1beta1', 'Deployment'), { removedIn: '1.16', replacement: 'apps/v1' });
  assert.deepEqual(removedApi('extensions/v1beta1', 'Ingress'), { removedIn: '1.22', replacement: 'networking.k8s.io/v1' });
  assert.deepEqual(removedApi('apiextensions.k8s.io/v1beta1', 'CustomResourceDefinition'), {
    removedIn: '1.22',
    replacement: 'apiextensions.k8s.io/v1',
  });
  assert.deepEqual(removedApi('batch/v1beta1', 'CronJob'), { removedIn: '1.25', replacement: 'batch/v1' });
  assert.deepEqual(removedApi('policy/v1beta1', 'PodSecurityPolicy'), { removedIn: '1.25' });
  assert.deepEqual(removedApi('autoscaling/v2beta2', 'HorizontalPodAutoscaler'), { removedIn: '1.26', replacement: 'autoscaling/v2' });
  assert.deepEqual(removedApi('storage.k8s.io/v1beta1', 'CSIStorageCapacity'), { removedIn: '1.27', replacement: 'storage.k8s.io/v1' });
  assert.deepEqual(removedApi('flowcontrol.apiserver.k8s.io/v1beta2', 'FlowSchema'), {
    removedIn: '1.29',
    replacement: 'flowcontrol.apiserver.k8s.io/v1',
  });
  assert.deepEqual(removedApi('flowcontrol.apiserver.k8s.io/v1beta3', 'PriorityLevelConfiguration'), {
    removedIn: '1.32',
    replacement: 'flowcontrol.apiserver.k8s.io/v1',
  });
  assert.equal(removedApi(' apps/v1beta2 ', 'StatefulSet ')?.removedIn, '1.16');
  assert.equal(removedApi('apps/v1', 'Deployment'), undefined);
  assert.equal(removedApi('networking.k8s.io/v1', 'Ingress'), undefined);
});

test('removed APIs: every replacement is served by the generated schema for the same kind', { skip }, () => {
  const kinds = store.k8sKinds();
  const bad: string[] = [];
  for (const [pair, r] of removedApis()) {
    const kind = pair.slice(pair.lastIndexOf('/') + 1);
    if (r.replacement && !kinds[`${r.replacement}/${kind}`]) bad.push(`${pair} → ${r.replacement}`);
    if (kinds[pair] && Number(r.removedIn.split('.')[1]) <= 30) bad.push(`${pair} is still in the 1.30 schema`);
  }
  assert.deepEqual(bad, []);
});
