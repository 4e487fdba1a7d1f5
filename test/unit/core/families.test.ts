/** The document-family registry: every family complete, found by its documents, and nothing else. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { FAMILIES, FAMILY_LIST, FAMILY_PARTS, checkFamilies, describeKind, familyOf } from '../../../server/src/core/families';
import type { DocumentFamily } from '../../../server/src/core/family';
import type { EcsKind } from '../../../server/src/core/ecs/kind';
import { ecsFamily } from '../../../server/src/core/ecs/family';
import { k8sFamily } from '../../../server/src/core/k8s/family';
import { LanguageService } from '../../../server/src/core/service';
import { nodeRuntime } from '../../../server/src/node/runtime';

/** one document of each family, as a user writes it */
const SAMPLES: Record<keyof typeof FAMILIES, { uri: string; text: string }> = {
  ecs: { uri: 'file:///ws/task-definition.json', text: '{ "family": "web", "containerDefinitions": [] }' },
  eksctl: {
    uri: 'file:///ws/cluster.yaml',
    text: 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: c\n  region: eu-west-1\n',
  },
  k8s: { uri: 'file:///ws/cm.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' },
  cfn: {
    uri: 'file:///ws/template.yaml',
    text: "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n",
  },
  deploy: {
    uri: 'file:///ws/.github/workflows/deploy.yml',
    text: 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2\n        with:\n          task-definition: task-definition.json\n',
  },
  awscli: { uri: 'file:///ws/nightly.json', text: '{ "Name": "nightly", "ScheduleExpression": "rate(1 day)" }' },
};
/** families whose documents only rules check (a workflow is GitHub's format; we check the ECS steps) */
const NO_SCHEMA = new Set(['deploy']);

/** families whose documents are checked by their rules against a specification, not a JSON Schema */
const NO_JSON_SCHEMA = new Set<string>(['cfn', ...NO_SCHEMA]);

test('every registered family has every part, under its own name', () => {
  assert.deepEqual(Object.keys(SAMPLES).sort(), Object.keys(FAMILIES).sort(), 'a sample per family');
  for (const [name, family] of Object.entries(FAMILIES)) {
    assert.equal(family.name, name);
    for (const part of FAMILY_PARTS) assert.notEqual((family as unknown as Record<string, unknown>)[part], undefined, `${name}.${part}`);
  }
  assert.equal(FAMILY_LIST.length, Object.keys(FAMILIES).length);
});

test('each family recognises its own sample, names it, finds its schema and lists it under its index keys', () => {
  const ls = new LanguageService({ runtime: nodeRuntime() });
  for (const [name, { uri, text }] of Object.entries(SAMPLES)) {
    const doc = ls.update(uri, text)!.docs[0];
    assert.equal(doc.kind.family, name, uri);
    const family = familyOf(doc.kind)!;
    assert.ok(describeKind(doc.kind).length > 3);
    if (!NO_JSON_SCHEMA.has(name)) assert.ok(family.schemaId(doc.kind, ls.store, ls.workspace), `${name}: a schema`);
    else assert.ok(family.rules.length > 0, `${name}: rules check it`);
    const keys = family.indexKeys(doc.kind);
    assert.ok(keys.length > 0, `${name}: index keys`);
    for (const key of keys)
      assert.ok(
        ls.workspace.docs(key).some((e) => e.doc === doc),
        `${name}: listed under ${key}`,
      );
    assert.ok(family.looksLike(text), `${name}: a too-large file that starts like this is recognised`);
  }
});

test('documents of no family get nothing: none kind, no index key', () => {
  const ls = new LanguageService({ runtime: nodeRuntime() });
  for (const [uri, text] of [
    ['file:///ws/package.json', '{ "name": "x", "version": "1.0.0", "dependencies": {} }'],
    ['file:///ws/compose.yaml', 'services:\n  web:\n    image: nginx\n'],
  ]) {
    const doc = ls.update(uri, text)!.docs[0];
    assert.equal(doc.kind.family, 'none', uri);
    assert.equal(familyOf(doc.kind), undefined);
    assert.equal(ls.diagnostics(uri).length, 0);
  }
});

test('detection does not depend on registry order: each family refuses the others’ documents', () => {
  for (const family of FAMILY_LIST) {
    for (const [name, { uri, text }] of Object.entries(SAMPLES)) {
      if (name === family.name) continue;
      const ls = new LanguageService({ runtime: nodeRuntime() });
      const doc = ls.update(uri, text)!.docs[0];
      assert.equal(
        family.detect({ root: doc.root, value: doc.value, fileName: uri.split('/').pop()! }),
        undefined,
        `${family.name} on ${name}`,
      );
    }
  }
});

test('a family missing a part fails loudly at start-up, naming the part', () => {
  const { graph: _graph, ...noGraph } = ecsFamily;
  assert.throws(() => checkFamilies([noGraph as unknown as DocumentFamily]), /document family "ecs" lacks: graph/);
  const noRules = { ...k8sFamily, rules: undefined } as unknown as DocumentFamily;
  assert.throws(() => checkFamilies([noRules]), /"k8s" lacks: rules/);
});

test('a family missing a part does not compile (checked by npm run typecheck)', () => {
  const { hover: _hover, ...noHover } = ecsFamily;
  // @ts-expect-error a family without its hover contributors is not a DocumentFamily
  const incomplete: DocumentFamily<EcsKind> = noHover;
  // @ts-expect-error a registry that leaves out a declared family does not compile
  const partial: typeof FAMILIES = { ecs: ecsFamily, k8s: k8sFamily };
  assert.ok(incomplete && partial);
});
