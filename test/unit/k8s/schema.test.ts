/**
 * The Kubernetes schema check against issue 4's lists: what kubectl accepts we accept (nulls,
 * kustomize patches, custom resources, placeholders, `kind: List`, go-yaml's quoted strings),
 * and the genuine mistakes are still caught (unknown fields, duplicate keys, wrong types).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageService } from '../../../server/src/core/service';
import type { Finding } from '../../../server/src/core/types';
import { deployment, fixed, hasK8sSchema, spanOf, store, type Files } from './helpers';
import { nodeRuntime } from '../../../server/src/node/runtime';

const skip = !hasK8sSchema() && 'dist/schemas/kubernetes.json not generated (run node esbuild.mjs)';

/** every finding of the first file, with all rules, in strict or loose mode */
function lint(files: Files | string, strict = true): Finding[] {
  const f = typeof files === 'string' ? { 'main.yaml': files } : files;
  const ls = new LanguageService({ runtime: nodeRuntime(), store, settings: { kubernetesStrict: strict } });
  for (const [name, text] of Object.entries(f)) ls.update(`file:///ws/${name}`, text);
  return ls.diagnostics(`file:///ws/${Object.keys(f)[0]}`);
}
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');
const schemaErrors = (fs: Finding[]) => fs.filter((f) => f.code === 'schema');

const TYPO = deployment().replace(
  '          image: nginx:1.27\n',
  '          image: nginx:1.27\n          poarts:\n            - containerPort: 80\n',
);

test('strict mode: a misspelt field is an error at the key, with a rename fix', { skip }, () => {
  const f = schemaErrors(lint(TYPO));
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.equal(f[0].severity, 'error');
  assert.equal(spanOf(TYPO, f[0]), 'poarts');
  assert.match(f[0].message, /Unknown field `poarts`: did you mean `ports`\?/);
  assert.match(fixed(TYPO, f[0]), /^ {10}ports:$/m);
});

test('non-strict mode: unknown fields pass, types are still checked', { skip }, () => {
  assert.deepEqual(schemaErrors(lint(TYPO, false)), []);
  const wrongType = deployment().replace('spec:\n  selector', 'spec:\n  replicas: three\n  selector');
  const f = schemaErrors(lint(wrongType, false));
  assert.equal(f.length, 1);
  assert.equal(spanOf(wrongType, f[0]), 'three');
  assert.match(f[0].message, /`replicas` must be an integer, not a string/);
});

test('a clean Deployment, Service, Ingress, HPA v2, StorageClass and CRD have no schema errors', { skip }, () => {
  const text = `${deployment()}---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports:
    - { name: http, port: 80, targetPort: http, protocol: TCP }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations: { alb.ingress.kubernetes.io/target-type: ip }
spec:
  ingressClassName: alb
  rules:
    - http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { name: http } } } }
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: web }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } }
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: { name: gp3 }
provisioner: ebs.csi.aws.com
parameters: { type: gp3, encrypted: "true" }
volumeBindingMode: WaitForFirstConsumer
allowVolumeExpansion: true
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec:
  group: example.com
  scope: Namespaced
  names: { kind: Widget, plural: widgets, singular: widget }
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          x-kubernetes-preserve-unknown-fields: true
`;
  assert.deepEqual(schemaErrors(lint(text)), []);
});

test('nulls kubectl accepts: creationTimestamp: null, empty keys, status: {}', { skip }, () => {
  const text =
    deployment()
      .replace('  name: web\n', '  name: web\n  creationTimestamp: null\n  annotations:\n')
      .replace('          image: nginx:1.27\n', '          image: nginx:1.27\n          env:\n          args: ~\n') + 'status: {}\n';
  assert.deepEqual(errors(lint(text)), []);
});

test('int-or-string and quantities take both forms; a quantity as a boolean does not', { skip }, () => {
  const text = deployment({
    podSpec: `      containers:
        - name: app
          image: nginx:1.27
          resources:
            requests: { cpu: 0.5, memory: 128Mi }
            limits: { cpu: "1", memory: 1073741824 }
          readinessProbe: { httpGet: { path: /, port: http } }
          livenessProbe: { tcpSocket: { port: 8080 } }`,
  }).replace('spec:\n  selector', 'spec:\n  strategy:\n    rollingUpdate: { maxSurge: 25%, maxUnavailable: 0 }\n  selector');
  assert.deepEqual(schemaErrors(lint(text)), []);
  const bad = text.replace('cpu: 0.5', 'cpu: true');
  const f = schemaErrors(lint(bad));
  assert.equal(f.length, 1);
  assert.equal(spanOf(bad, f[0]), 'true');
  assert.match(f[0].message, /`cpu` must be a string or number, not a boolean/);
});

test('missing required fields are errors in a full manifest', { skip }, () => {
  const text = deployment().replace(/ {2}selector:\n {4}matchLabels:\n {6}app: web\n/, '');
  const f = schemaErrors(lint(text));
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.match(f[0].message, /Missing required field `selector` in `spec`/);
});

test('kustomize patches: listed in kustomization.yaml or using $patch, types are checked but not required fields', { skip }, () => {
  const patch = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n';
  const kustomization =
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../base\npatches:\n  - path: replicas.yaml\n';
  assert.deepEqual(schemaErrors(lint({ 'overlay/replicas.yaml': patch, 'overlay/kustomization.yaml': kustomization })), []);
  // the same file outside the kustomization: a Deployment without selector and template
  assert.ok(schemaErrors(lint({ 'replicas.yaml': patch })).some((f) => /Missing required field `selector`/.test(f.message)));
  // a patch is still checked for types and unknown fields
  const badPatch = patch.replace('replicas: 3', 'replicas: "3"\n  replcas: 2');
  const f = schemaErrors(lint({ 'overlay/replicas.yaml': badPatch, 'overlay/kustomization.yaml': kustomization }));
  assert.deepEqual(f.map((x) => spanOf(badPatch, x)).sort(), ['"3"', 'replcas']);
  // unlisted patch files named as patches (kubebuilder's config/crd/patches, overlay `*-patch.yaml`)
  assert.deepEqual(schemaErrors(lint({ 'config/crd/patches/webhook.yaml': patch })), []);
  assert.deepEqual(schemaErrors(lint({ 'overlay/replicas-patch.yaml': patch })), []);
  assert.ok(schemaErrors(lint({ 'overlay/dispatcher.yaml': patch })).length > 0, 'a name merely containing "patch" is not one');
  // $patch: delete marks a strategic-merge patch anywhere in the workspace
  const del = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: legacy\n$patch: delete\n';
  assert.deepEqual(schemaErrors(lint(del)), []);
});

test('removed API versions name the release and the replacement instead of "no schema"', { skip }, () => {
  const text = 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: old\nspec:\n  template: {}\n';
  const f = lint(text);
  const removed = f.filter((x) => x.code === 'k8s/removed-api');
  assert.equal(removed.length, 1);
  assert.match(removed[0].message, /removed in Kubernetes 1\.16.*Use `apps\/v1` instead/);
  assert.deepEqual(schemaErrors(f), [], 'no schema errors against a version we do not have');
  assert.ok(!f.some((x) => x.code === 'k8s/unknown-kind'));
  const crd = lint('apiVersion: apiextensions.k8s.io/v1beta1\nkind: CustomResourceDefinition\nmetadata:\n  name: a.b.c\n').find(
    (x) => x.code === 'k8s/removed-api',
  );
  assert.match(crd?.message ?? '', /1\.22.*apiextensions\.k8s\.io\/v1/);
});

test("a List's items are checked for removed APIs and unknown kinds too (kubectl applies each on its own)", { skip }, () => {
  const text = `apiVersion: v1
kind: List
items:
  - apiVersion: autoscaling/v2beta2
    kind: HorizontalPodAutoscaler
    metadata: { name: web }
    spec: { maxReplicas: 3, scaleTargetRef: { kind: Deployment, name: web } }
  - apiVersion: v1
    kind: ConfigMap
    metadata: { name: c }
`;
  const removed = lint(text).filter((x) => x.code === 'k8s/removed-api');
  assert.equal(removed.length, 1, JSON.stringify(removed));
  assert.equal(spanOf(text, removed[0]), 'autoscaling/v2beta2');
  assert.match(removed[0].message, /removed in Kubernetes 1\.26.*Use `autoscaling\/v2` instead/);
  // a kind its apiVersion does not serve, and a custom resource with no CRD, as for documents
  const wrong = `${text}  - apiVersion: apps/v1\n    kind: Service\n    metadata: { name: s }\n  - apiVersion: example.com/v1\n    kind: Widget\n    metadata: { name: w }\n`;
  const unknown = lint(wrong).filter((x) => x.code === 'k8s/unknown-kind');
  assert.deepEqual(
    unknown.map((x) => [spanOf(wrong, x), x.severity]),
    [
      ['apps/v1', 'error'],
      ['Widget', 'hint'],
    ],
  );
  assert.match(unknown[0].message, /served by `v1`/);
});

test('a custom resource without its CRD: no error, at most a note', { skip }, () => {
  const f = lint(
    // Argo CD: not among the add-ons whose schemas are bundled
    'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: default\nspec:\n  project: default\n  source: { repoURL: x }\n',
  );
  assert.deepEqual(
    f.filter((x) => x.severity === 'error' || x.severity === 'warning'),
    [],
  );
});

test('a CRD in the workspace supplies the schema of its custom resources', { skip }, () => {
  const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec:
  group: example.com
  scope: Namespaced
  names: { kind: Widget, plural: widgets }
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
              required: [size]
              properties:
                size: { type: integer, minimum: 1 }
                color: { type: string, enum: [red, blue] }
`;
  const ok = 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 2\n  color: red\n';
  assert.deepEqual(errors(lint({ 'w.yaml': ok, 'crd.yaml': crd })), []);
  const bad = 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 0\n  colour: red\n';
  const f = schemaErrors(lint({ 'w.yaml': bad, 'crd.yaml': crd }));
  assert.deepEqual(f.map((x) => spanOf(bad, x)).sort(), ['0', 'colour']);
});

test('placeholders: at most a hint where text is allowed; still an error where an integer is required', { skip }, () => {
  const text = deployment({
    podSpec: `      serviceAccountName: \${SERVICE_ACCOUNT}
      containers:
        - name: app
          image: <registry>/app:\${TAG}
          imagePullPolicy: \${PULL_POLICY}
          ports:
            - containerPort: 8080
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { memory: 128Mi }
          readinessProbe: { httpGet: { path: /, port: 8080 } }
          livenessProbe: { httpGet: { path: /, port: 8080 } }`,
  });
  assert.deepEqual(errors(lint(text)), []);
  const intPlaceholder = text.replace('containerPort: 8080', 'containerPort: ${PORT}');
  const f = schemaErrors(lint(intPlaceholder));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.equal(spanOf(intPlaceholder, f[0]), '${PORT}');
  assert.match(f[0].message, /`containerPort` must be an integer, but holds the placeholder "\$\{PORT\}"/);
});

test(
  "kind: List with items: each item is checked against its own kind's validator, built-in and add-on; custom resources without a CRD pass",
  { skip },
  () => {
    const text = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata: { name: a }
    data: { key: value }
  - apiVersion: example.com/v1
    kind: Widget
    metadata: { name: b }
    anything: [1, 2]
`;
    assert.deepEqual(errors(lint(text)), []);
    const bad = text.replace('data: { key: value }', 'data: { key: value }\n    dat: {}');
    const f = schemaErrors(lint(bad));
    assert.equal(f.length, 1);
    assert.equal(spanOf(bad, f[0]), 'dat');
    // each item meets its own kind's validator, built-in and add-on; an item that names no
    // apiVersion is the List's own error
    const more = `${text}  - apiVersion: apps/v1
    kind: Deployment
    metadata: { name: d }
    spec:
      replicas: two
      selector: { matchLabels: { app: d } }
      template:
        metadata: { labels: { app: d } }
        spec: { containers: [{ name: d, image: d }] }
  - apiVersion: cert-manager.io/v1
    kind: Certificate
    metadata: { name: c }
    spec: { secretName: c, issuerRef: { name: i }, dnsNames: [a.example.com], duration: 90 }
  - kind: ConfigMap
`;
    const g = schemaErrors(lint(more));
    assert.equal(g.length, 3, JSON.stringify(g.map((x) => x.message)));
    const [header, replicas, duration] = g;
    assert.match(header.message, /Missing required field `apiVersion`/);
    assert.equal(header.offset, more.indexOf('kind: ConfigMap\n', more.indexOf('- kind')));
    assert.equal(spanOf(more, replicas), 'two');
    assert.match(replicas.message, /`replicas` must be an integer/);
    assert.equal(spanOf(more, duration), '90');
  },
);

test("go-yaml leniency: a quoted string continued at the key's indentation is no syntax error", { skip }, () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: motd\ndata:\n  message: "first line\n  second line"\n';
  assert.deepEqual(errors(lint(text)), []);
});

test('duplicate keys are still errors', { skip }, () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  A: "1"\n  A: "2"\n';
  const f = errors(lint(text));
  assert.ok(
    f.some((x) => x.code === 'duplicate-key'),
    JSON.stringify(f),
  );
});

test('apiVersion and kind are checked against the kind map: a wrong apiVersion/kind pair is reported', { skip }, () => {
  const f = lint('apiVersion: apps/v1\nkind: Service\nmetadata:\n  name: s\n');
  assert.ok(
    f.some((x) => x.severity === 'error' && x.code === 'k8s/unknown-kind' && /served by `v1`/.test(x.message)),
    JSON.stringify(f),
  );
});
