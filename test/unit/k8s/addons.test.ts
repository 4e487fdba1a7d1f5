import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasK8sSchema, service, store } from './helpers';

const skip = hasK8sSchema() ? false : 'the generated Kubernetes schema is missing (run the build)';

const nodePool = (over: { operator?: string; policy?: string; nodes?: string; extra?: string } = {}) => `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: default
spec:
  template:
    spec:
      nodeClassRef:
        group: karpenter.k8s.aws
        kind: EC2NodeClass
        name: default
      requirements:
        - key: karpenter.sh/capacity-type
          operator: ${over.operator ?? 'In'}
          values: ["spot", "on-demand"]
      expireAfter: 720h
  limits:
    cpu: 1000
  disruption:
    consolidationPolicy: ${over.policy ?? 'WhenEmptyOrUnderutilized'}
    consolidateAfter: 1m
    budgets:
      - nodes: "${over.nodes ?? '10%'}"
${over.extra ?? ''}`;

const scaledObject = (trigger = 'aws-sqs-queue', extra = '') => `apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: worker
  namespace: jobs
spec:
  scaleTargetRef:
    name: worker
  minReplicaCount: 0
  maxReplicaCount: 20
  triggers:
    - type: ${trigger}
      metadata:
        queueURL: https://sqs.eu-west-1.amazonaws.com/111122223333/jobs
        awsRegion: eu-west-1
${extra}`;

const schemaErrors = (files: Record<string, string>) => {
  const first = Object.keys(files)[0];
  return service(files)
    .diagnostics(`file:///ws/${first}`)
    .filter((f) => f.code === 'schema' || f.code === 'k8s/unknown-kind')
    .map((f) => f.message);
};

test('the bundled schema knows the add-ons people write, and leaves out what controllers create', { skip }, () => {
  const kinds = store.k8sKinds();
  for (const pair of [
    'karpenter.sh/v1/NodePool',
    'karpenter.k8s.aws/v1/EC2NodeClass',
    'keda.sh/v1alpha1/ScaledObject',
    'keda.sh/v1alpha1/ScaledJob',
    'keda.sh/v1alpha1/TriggerAuthentication',
    'gateway.networking.k8s.io/v1/Gateway',
    'gateway.networking.k8s.io/v1/HTTPRoute',
    'gateway.networking.k8s.io/v1/GatewayClass',
    'monitoring.coreos.com/v1/ServiceMonitor',
    'monitoring.coreos.com/v1/PodMonitor',
    'monitoring.coreos.com/v1/PrometheusRule',
    'cert-manager.io/v1/Certificate',
    'cert-manager.io/v1/ClusterIssuer',
    'external-secrets.io/v1/ExternalSecret',
    'external-secrets.io/v1/ClusterSecretStore',
  ])
    assert.ok(kinds[pair], pair);
  assert.equal(kinds['karpenter.sh/v1/NodeClaim'], undefined, 'made by Karpenter, not written');
  assert.equal(kinds['keda.sh/v1alpha1/WithTriggers'], undefined, 'an embedded type, not a kind');
});

test('a valid Karpenter NodePool and KEDA ScaledObject have no schema errors', { skip }, () => {
  assert.deepEqual(schemaErrors({ 'np.yaml': nodePool() }), []);
  assert.deepEqual(schemaErrors({ 'so.yaml': scaledObject() }), []);
});

test('an invalid NodePool: enums and patterns from the package validators, unknown fields, a missing required field', { skip }, () => {
  const msgs = schemaErrors({
    'np.yaml': nodePool({ operator: 'Inn', policy: 'WhenIdle', nodes: '10 percent', extra: '  weightt: 3\n' }),
  }).join('\n');
  assert.match(msgs, /`operator` must be one of .*"In"/, msgs);
  assert.match(msgs, /`consolidationPolicy` must be one of "WhenEmpty", "WhenEmptyOrUnderutilized"/, msgs);
  assert.match(msgs, /`nodes` does not have the expected format/, msgs);
  assert.match(msgs, /Unknown field `weightt`: did you mean `weight`\?/, msgs);
  const noRef = schemaErrors({ 'np.yaml': nodePool().replace(/ {6}nodeClassRef:\n( {8}.*\n){3}/, '') });
  assert.ok(
    noRef.some((m) => /nodeClassRef/.test(m)),
    noRef.join('\n'),
  );
});

test('an invalid ScaledObject: a misspelt field and a wrong type', { skip }, () => {
  const msgs = schemaErrors({
    'so.yaml': scaledObject('aws-sqs-queue', '  pollingIntervall: 30\n').replace('maxReplicaCount: 20', 'maxReplicaCount: lots'),
  });
  assert.ok(
    msgs.some((m) => /Unknown field `pollingIntervall`/.test(m)),
    msgs.join('\n'),
  );
  assert.ok(
    msgs.some((m) => /maxReplicaCount/.test(m)),
    msgs.join('\n'),
  );
});

test('a CRD in the workspace wins over the bundled schema', { skip }, () => {
  const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: nodepools.karpenter.sh
spec:
  group: karpenter.sh
  names: { kind: NodePool, plural: nodepools }
  scope: Cluster
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              x-kubernetes-preserve-unknown-fields: true
`;
  // the bundled schema rejects `weightt`; this cluster's CRD keeps unknown fields
  assert.deepEqual(schemaErrors({ 'np.yaml': nodePool({ extra: '  weightt: 3\n' }), 'crd.yaml': crd }), []);
});

test('completion offers the add-on kinds and their fields; hover shows their docs', { skip }, () => {
  const at = (marked: string) => {
    const offset = marked.indexOf('|');
    const text = marked.slice(0, offset) + marked.slice(offset + 1);
    return { ls: service({ 'a.yaml': text }), offset };
  };
  const k = at('apiVersion: karpenter.sh/v1\nkind: |\n');
  assert.ok(k.ls.complete('file:///ws/a.yaml', k.offset).some((i) => i.label === 'NodePool'));
  const f = at('apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: w\nspec:\n  |\n');
  const fields = f.ls.complete('file:///ws/a.yaml', f.offset).map((i) => i.label);
  assert.ok(fields.includes('scaleTargetRef') && fields.includes('cooldownPeriod'), fields.join());
  const text = nodePool();
  const md = service({ 'np.yaml': text }).hover('file:///ws/np.yaml', text.indexOf('consolidationPolicy') + 2)?.markdown ?? '';
  assert.match(md, /consolidation/i);
  assert.match(md, /WhenEmptyOrUnderutilized/);
});

test('an add-on kind or version the bundle leaves out is a custom resource hint, never an error', { skip }, () => {
  for (const [apiVersion, kind] of [
    ['monitoring.coreos.com/v1', 'Prometheus'],
    ['karpenter.sh/v1beta1', 'NodePool'],
    ['karpenter.sh/v1', 'NodeClaim'],
  ]) {
    const found = service({ 'x.yaml': `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\nspec: {}\n` })
      .diagnostics('file:///ws/x.yaml')
      .filter((f) => f.code === 'k8s/unknown-kind' || f.code === 'schema');
    assert.deepEqual(
      found.map((f) => [f.code, f.severity]),
      [['k8s/unknown-kind', 'hint']],
      `${apiVersion} ${kind}`,
    );
  }
});
