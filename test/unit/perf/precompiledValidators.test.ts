/**
 * The validators precompiled at build time (scripts/gen-validators.mjs) must answer exactly as the
 * ones ajv compiles at run time: same verdict, same error objects (incl. `schema` and
 * `parentSchema`, which the error mapping reads), so the same findings. Compared on documents full
 * of mistakes, every built-in Kubernetes kind, strict and loose, and the ECS and eksctl schemas.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { LanguageService } from '../../../server/src/core/service';
import { SchemaStore, K8S_ID, EKSCTL_ID, ID_BASE } from '../../../server/src/core/schema/store';
import { Validators } from '../../../server/src/core/schema/validators';
import { mapSchemaErrors } from '../../../server/src/core/schema/errors';
import { prepareK8sValue } from '../../../server/src/core/k8s/prepare';
import { bodyValue } from '../../../server/src/core/ecs/model';
import { packageRoot } from '../../../server/src/node/packageRoot';
import type { DocUnit } from '../../../server/src/core/types';
import { schemaIdFor } from '../../../server/src/core/families';
import { nodeRuntime, nodeSchemaSource } from '../../../server/src/node/runtime';

const store = new SchemaStore(nodeSchemaSource());
const built = new Validators(store);
const runtime = new Validators(store, false);
const root = packageRoot();
const hasK8s = existsSync(join(root, 'dist', 'schemas', 'kubernetes.json'));
const skip = !hasK8s && 'dist/schemas/kubernetes.json not generated (run node esbuild.mjs)';
const def = (name: string) => `${K8S_ID}#/definitions/${name}`;

/** the documents of a file as the server reads them, with the schema id and the value it validates */
function documents(name: string, text: string): Array<{ doc: DocUnit; id: string; value: unknown; k8s: boolean }> {
  const ls = new LanguageService({ runtime: nodeRuntime(), store });
  const file = ls.update(`file:///ws/${name}`, text);
  assert.ok(file, name);
  const out = [];
  for (const doc of file.docs) {
    const id = schemaIdFor(doc.kind, store);
    if (!id || !doc.body) continue;
    const k8s = doc.kind.family === 'k8s';
    out.push({ doc, id, k8s, value: k8s || doc.kind.family === 'eksctl' ? prepareK8sValue(doc) : bodyValue(doc) });
  }
  return out;
}

/** both validators on one value: identical answers; returns how many errors there were */
function same(id: string, strict: boolean, value: unknown, doc?: DocUnit, what = id): number {
  assert.ok(built.precompiled(id, strict), `${what} (${strict ? 'strict' : 'loose'}) should come from the build`);
  const a = built.get(id, strict);
  const b = runtime.get(id, strict);
  assert.ok(a && b, what);
  assert.notEqual(a, b);
  const okA = a(value);
  const errA = a.errors ? structuredClone(a.errors) : a.errors;
  const okB = b(value);
  assert.equal(okA, okB, `${what}: verdict`);
  assert.deepEqual(errA, b.errors, `${what}: errors`);
  if (doc && errA)
    assert.deepEqual(
      mapSchemaErrors(errA, doc.body, { yaml: true, placeholders: true }),
      mapSchemaErrors(b.errors as ErrorObject[], doc.body, { yaml: true, placeholders: true }),
      `${what}: findings`,
    );
  return errA?.length ?? 0;
}

const MISTAKES = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: { app: web, tier: 3 }
  annotations:
spec:
  replicas: three
  selectr: { matchLabels: { app: web } }
  strategy: { type: Rolling }
  template:
    metadata: { labels: { app: web } }
    spec:
      restartPolicy: Sometimes
      containers:
        - name: web
          image: \${IMAGE}
          imagePullPolicy: Allways
          poarts:
            - containerPort: "eighty"
              protocol: TCP
          resources: { limits: { cpu: [1] } }
          env:
            - name: A
              valueFrom: { secretKeyRef: { key: k } }
            - value: no-name
          livenessProbe: { httpGet: { port: 80 }, periodSeconds: -1 }
        - image: nginx
      volumes:
        - name: data
          emptyDir: {}
          hostPath: { path: 1 }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  type: LoadBalancr
  ports: [{ port: "x", targetPort: 8080, protocol: SCTP }, { nme: a }]
  selector: { app: web }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  rules:
    - host: 5
      http: { paths: [{ path: /, pathType: Prefixx, backend: { service: { name: web, port: { number: "80" } } } }] }
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly }
spec:
  schedule: 5
  jobTemplate: { spec: { template: { spec: { containers: [{ name: c, image: busybox, args: [1, two] }], restartPolicy: OnFailure } } } }
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: web }
spec:
  scaleTargetRef: { kind: Deployment, name: web }
  minReplicas: 0
  metrics: [{ type: Resource, resource: { name: cpu, target: { type: Utilization, averageUtilization: high } } }]
---
apiVersion: v1
kind: ConfigMap
metadata: { name: cfg }
data: { a: 1, b: true }
extra: field
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata: { name: in-list }
    data: { a: [1] }
`;

test('the build precompiled the bundled schemas, and they match the schema files loaded', { skip }, () => {
  for (const id of [
    def('io.k8s.api.apps.v1.Deployment'),
    def('io.k8s.api.core.v1.Service'),
    `${ID_BASE}ecs/task-definition.schema.json`,
    EKSCTL_ID,
  ]) {
    assert.ok(built.precompiled(id, true), id);
  }
  assert.ok(built.precompiled(def('io.k8s.api.apps.v1.Deployment'), false));
  // ECS and eksctl are only ever checked strictly; workspace CRDs always compile at run time
  assert.equal(built.precompiled(EKSCTL_ID, false), false);
  assert.equal(runtime.precompiled(def('io.k8s.api.apps.v1.Deployment'), true), false);
});

test('a file full of mistakes: same errors and findings, strict and loose', { skip }, () => {
  let errors = 0;
  const docs = documents('mistakes.yaml', MISTAKES);
  assert.equal(docs.length, 7);
  for (const { doc, id, value } of docs)
    for (const strict of [true, false])
      errors += same(id, strict, value, doc, `${doc.kind.family === 'k8s' ? doc.kind.kind : id} #${doc.index}`);
  assert.ok(errors > 40, `the documents should produce many errors, got ${errors}`);
});

test('every built-in kind: same verdict and errors on a wrong object, strict and loose', { skip }, () => {
  let errors = 0;
  for (const [apiKind, name] of Object.entries(store.k8sKinds())) {
    const slash = apiKind.lastIndexOf('/');
    const value = {
      apiVersion: apiKind.slice(0, slash),
      kind: apiKind.slice(slash + 1),
      metadata: { name: 7, labels: { a: 1 }, bogus: {} },
      spec: { bogus: true, replicas: 'x', template: 3 },
      items: [{ kind: 1 }],
      data: { a: 1 },
      status: [],
    };
    for (const strict of [true, false]) errors += same(def(name), strict, value, undefined, `${apiKind} (${strict ? 'strict' : 'loose'})`);
  }
  assert.ok(errors > 200, `expected many errors, got ${errors}`);
});

test('ECS and eksctl: same errors and findings', { skip }, () => {
  const files: Record<string, string> = {
    'taskdef.json': readFileSync(join(root, 'test', 'fixtures', 'ecs', 'wrong-type-taskdef.json'), 'utf8'),
    'service.json': JSON.stringify(
      {
        serviceName: 'web',
        serviceRegistries: 'x',
        cluster: 'c',
        taskDefinition: 'td:1',
        desiredCount: 'two',
        launchType: 'FARGATE2',
        networkConfiguration: { awsvpcConfiguration: { subnets: 'subnet-1', assignPublicIp: 'YES' } },
        deploymentConfiguration: { maximumPercent: 'x' },
        loadBalancers: [{ containerPort: '80' }],
        bogus: 1,
      },
      null,
      2,
    ),
    'taskdef2.json': JSON.stringify(
      {
        family: 'app',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE', 'LAMBDA'],
        cpu: 256,
        memory: '512',
        containerDefinitions: [
          {
            name: 'app',
            image: 'x',
            portMappings: [{ containerPort: '80', protocol: 'http' }],
            essential: 'yes',
            environment: [{ name: 1 }],
            healthCheck: { retries: 99 },
          },
          { image: 'y', unknownKey: 1 },
        ],
      },
      null,
      2,
    ),
    'cluster.yaml':
      'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: c\n  region: 5\nmanagedNodeGroups:\n  - name: ng\n    instanceType: 7\n    desiredCapacity: many\n    bogus: 1\nvpc: { cidr: 10 }\n',
  };
  let errors = 0;
  let checked = 0;
  for (const [name, text] of Object.entries(files)) {
    for (const { doc, id, value, k8s } of documents(name, text)) {
      assert.equal(k8s, false);
      errors += same(id, true, value, doc, name);
      checked++;
    }
  }
  assert.equal(checked, 4);
  assert.ok(errors > 10, `expected many errors, got ${errors}`);
});

test('precompiled validators made from other schema files are not used', { skip }, () => {
  // a store whose files differ from what the build saw: a fingerprint mismatch means run-time compile
  class OtherStore extends SchemaStore {
    override fingerprint(): string | undefined {
      return 'not-the-build';
    }
  }
  const v = new Validators(new OtherStore(nodeSchemaSource()));
  const id = def('io.k8s.api.apps.v1.Deployment');
  assert.equal(v.precompiled(id, true), false);
  const fn = v.get(id, true);
  assert.ok(fn);
  assert.equal(fn({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'a' }, spec: { replicas: 'x' } }), false);
  assert.ok(fn.errors?.some((e) => e.instancePath === '/spec/replicas' && e.keyword === 'type'));
});

test('without precompiled files (a build that skipped them) every validator compiles at run time', { skip }, () => {
  const noBuild = { ...nodeSchemaSource(), validatorIndex: () => undefined, validatorChunk: () => undefined };
  const v = new Validators(new SchemaStore(noBuild));
  for (const id of [def('io.k8s.api.core.v1.Service'), `${ID_BASE}ecs/task-definition.schema.json`]) {
    assert.equal(v.precompiled(id, true), false, id);
    const fn = v.get(id, true);
    assert.ok(fn, id);
    assert.equal(fn({ spec: { type: 7 }, family: 7 }), false, id);
  }
});
