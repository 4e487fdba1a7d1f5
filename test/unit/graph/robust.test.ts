import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LanguageService } from '../../../server/src/core/service';
import { cleanText, escapeLabel } from '../../../shared/src/mermaid/escape';
import { renderDiagram } from '../../../server/src/core/graph/index';
import { serviceOf } from './helpers';
import { nodeRuntime } from '../../../server/src/node/runtime';

/** Mermaid's reading of our entity codes */
const unescape = (s: string) => s.replace(/#quot;/g, '"').replace(/#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));

test('escapeLabel: any string comes back as its cleaned text, with nothing that can end a label', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
      const e = escapeLabel(s);
      assert.ok(!/["%\n\r`<>[\]{}|;:]/.test(e.replace(/#(quot|\d+);/g, '')), JSON.stringify(e));
      assert.equal(unescape(e), cleanText(s));
    }),
    { seed: 20261129, numRuns: 2000 },
  );
});

// documents with one field replaced by anything: the graph must still build and print
const TEMPLATES: { uri: string; value: unknown }[] = [
  {
    uri: 'file:///ws/task-definition.json',
    value: {
      family: 'web',
      taskRoleArn: 'arn:aws:iam::111122223333:role/r',
      executionRoleArn: 'x',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      volumes: [{ name: 'v', efsVolumeConfiguration: { fileSystemId: 'fs-1', authorizationConfig: { iam: 'ENABLED' } } }],
      containerDefinitions: [
        {
          name: 'c',
          image: 'nginx:1',
          portMappings: [{ containerPort: 80, hostPort: 80 }],
          mountPoints: [{ sourceVolume: 'v', containerPath: '/d' }],
          secrets: [{ name: 'S', valueFrom: 'p' }],
          logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g' } },
          repositoryCredentials: { credentialsParameter: 'x' },
        },
      ],
    },
  },
  {
    uri: 'file:///ws/service.json',
    value: {
      serviceName: 's',
      cluster: 'c',
      taskDefinition: 'web:1',
      desiredCount: 1,
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }],
      loadBalancers: [
        { targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/t/1', containerName: 'c', containerPort: 80 },
      ],
      deploymentConfiguration: { minimumHealthyPercent: 50, deploymentCircuitBreaker: { enable: true } },
    },
  },
  {
    uri: 'file:///ws/cluster.json',
    value: {
      clusterName: 'c',
      capacityProviders: ['FARGATE'],
      defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE' }],
      settings: [{ name: 'containerInsights', value: 'enabled' }],
    },
  },
  {
    uri: 'file:///ws/policy.json',
    value: {
      PolicyName: 'p',
      ServiceNamespace: 'ecs',
      ResourceId: 'service/c/s',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: { TargetValue: 1, PredefinedMetricSpecification: { PredefinedMetricType: 'x' } },
    },
  },
  {
    uri: 'file:///ws/deploy.yaml',
    value: {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'd', namespace: 'n' },
      spec: {
        replicas: 1,
        volumeClaimTemplates: [{ metadata: { name: 'v' }, spec: { storageClassName: 'sc' } }],
        template: {
          metadata: { labels: { app: 'd' } },
          spec: {
            serviceAccountName: 'sa',
            nodeSelector: { a: 'b' },
            volumes: [
              { name: 'x', persistentVolumeClaim: { claimName: 'p' } },
              { name: 'y', projected: { sources: [{ configMap: { name: 'c' } }] } },
            ],
            containers: [
              {
                name: 'c',
                image: 'nginx',
                env: [{ name: 'E', valueFrom: { secretKeyRef: { name: 's' } } }],
                envFrom: [{ configMapRef: { name: 'c' } }],
                volumeMounts: [{ name: 'x', mountPath: '/x' }],
              },
            ],
          },
        },
      },
    },
  },
  {
    uri: 'file:///ws/svc.yaml',
    value: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 's', namespace: 'n', annotations: { 'service.beta.kubernetes.io/aws-load-balancer-type': 'external' } },
      spec: { type: 'LoadBalancer', selector: { app: 'd' }, ports: [{ port: 80 }] },
    },
  },
  {
    uri: 'file:///ws/ing.yaml',
    value: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'i', namespace: 'n' },
      spec: {
        ingressClassName: 'alb',
        defaultBackend: { service: { name: 's', port: { number: 80 } } },
        rules: [{ host: 'h', http: { paths: [{ path: '/', backend: { service: { name: 's', port: { name: 'http' } } } }] } }],
      },
    },
  },
  {
    uri: 'file:///ws/hpa.yaml',
    value: {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'h', namespace: 'n' },
      spec: {
        scaleTargetRef: { kind: 'StatefulSet', name: 'd' },
        metrics: [{ resource: { name: 'cpu', target: { averageUtilization: 5 } } }],
      },
    },
  },
  {
    uri: 'file:///ws/sa.yaml',
    value: {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'sa', namespace: 'n', annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::111122223333:role/x' } },
    },
  },
  {
    uri: 'file:///ws/sc.yaml',
    value: {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: 'sc', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
      provisioner: 'ebs.csi.aws.com',
      parameters: { type: 'gp3' },
    },
  },
  {
    uri: 'file:///ws/eksctl.yaml',
    value: {
      apiVersion: 'eksctl.io/v1alpha5',
      kind: 'ClusterConfig',
      metadata: { name: 'c', region: 'r' },
      iam: {
        withOIDC: true,
        serviceAccounts: [{ metadata: { name: 'sa', namespace: 'n' }, attachPolicyARNs: ['a'] }],
        podIdentityAssociations: [{ namespace: 'n', serviceAccountName: 'sa', roleARN: 'r' }],
      },
      managedNodeGroups: [{ name: 'g', labels: { a: 'b' }, iam: { instanceProfileARN: 'arn:aws:iam::1:instance-profile/p' } }],
      fargateProfiles: [{ name: 'f', selectors: [{ namespace: 'n*', labels: { x: 'y' } }] }],
    },
  },
];

function paths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return [prefix, ...v.flatMap((x, i) => paths(x, [...prefix, i]))];
  if (v && typeof v === 'object') return [prefix, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...prefix, k]))];
  return [prefix];
}

function replaced(v: unknown, path: (string | number)[], by: unknown): unknown {
  if (!path.length) return by;
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>;
  copy[path[0]] = replaced(copy[path[0]], path.slice(1), by);
  return copy;
}

test('documents with any field replaced by anything still give a graph and a printable diagram', () => {
  const all = TEMPLATES.flatMap((t) => paths(t.value).map((p) => ({ t, p })));
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(all.length - 1), fc.jsonValue()), { minLength: 1, maxLength: 4 }), (edits) => {
      const docs = new Map(TEMPLATES.map((t) => [t.uri, t.value]));
      for (const [i, by] of edits) docs.set(all[i].t.uri, replaced(docs.get(all[i].t.uri), all[i].p.slice(0), by));
      const r = renderDiagram(serviceOf([...docs].map(([uri, v]) => ({ uri, text: JSON.stringify(v, null, 1) ?? 'null' }))).workspace, {
        scopeUri: 'file:///ws/deploy.yaml',
      });
      assert.match(r.mermaid, /^flowchart LR\n/);
      renderDiagram(serviceOf([...docs].map(([uri, v]) => ({ uri, text: JSON.stringify(v) ?? 'null' }))).workspace);
    }),
    { seed: 20261129, numRuns: 300 },
  );
});

test('a field holding an object with its own toString/valueOf keys breaks no rule, completion, hover or graph', () => {
  // found by the property above with a random seed: String({"toString": false}) throws
  const all = TEMPLATES.flatMap((t) => paths(t.value).map((p) => ({ t, p })));
  const ruleErrors: string[] = [];
  for (const hostile of [{ toString: false }, { valueOf: null, toString: 1 }, [{ toString: [] }]]) {
    for (const { t, p } of all) {
      const docs = new Map(TEMPLATES.map((x) => [x.uri, x.value]));
      docs.set(t.uri, replaced(t.value, p.slice(0), hostile));
      const ls = new LanguageService({
        runtime: nodeRuntime(),
        onRuleError: (id, e) => ruleErrors.push(`${id} at ${t.uri} ${p.join('.')}: ${String(e)}`),
      });
      for (const [uri, v] of docs) ls.update(uri, JSON.stringify(v) ?? 'null');
      const text = JSON.stringify(docs.get(t.uri));
      ls.diagnostics(t.uri);
      // complete and hover where the hostile object sits, and at its start
      const at = text.indexOf('"toString"');
      for (const offset of [at, at + 3, Math.max(0, at - 2)]) {
        ls.complete(t.uri, offset);
        ls.hover(t.uri, offset);
      }
      const r = renderDiagram(ls.workspace);
      assert.match(r.mermaid, /^flowchart /);
    }
  }
  assert.deepEqual([...new Set(ruleErrors.map((e) => e.split(' at ')[0]))], [], ruleErrors.slice(0, 3).join('\n'));
});
