import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployment, service } from './helpers';

/** completion labels at the `|` marker of the first file */
function labels(files: Record<string, string>): string[] {
  const [name, marked] = Object.entries(files)[0];
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const ls = service({ ...files, [name]: text });
  return ls.complete(`file:///ws/${name}`, offset).map((i) => i.label);
}

test('apiVersion for a kind, and kinds for an apiVersion', () => {
  const versions = labels({ 'a.yaml': 'apiVersion: |\nkind: Deployment\n' });
  assert.ok(versions.includes('apps/v1'), versions.join());
  assert.ok(!versions.includes('v1'));
  const kinds = labels({ 'a.yaml': 'apiVersion: apps/v1\nkind: |\n' });
  assert.ok(kinds.includes('Deployment') && kinds.includes('StatefulSet'));
  assert.ok(!kinds.includes('Service'));
});

test('workspace names: ConfigMaps, Secrets, ServiceAccounts, claims, StorageClasses', () => {
  const others = {
    'cm.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db-secret\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app-sa\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: elsewhere\n  namespace: other\n',
    'sc.yaml': 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: gp3-enc\nprovisioner: ebs.csi.aws.com\n',
  };
  const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: apps\nspec:\n${spec}`;
  assert.deepEqual(
    labels({ 'p.yaml': pod('  containers:\n    - name: a\n      envFrom:\n        - configMapRef:\n            name: |\n'), ...others }),
    ['app-config'],
  );
  assert.deepEqual(
    labels({
      'p.yaml': pod(
        '  containers:\n    - name: a\n      env:\n        - name: X\n          valueFrom:\n            secretKeyRef:\n              name: |\n',
      ),
      ...others,
    }),
    ['db-secret'],
  );
  assert.deepEqual(
    labels({ 'p.yaml': pod('  serviceAccountName: |\n'), ...others }).filter((l) => l === 'app-sa'),
    ['app-sa'],
  );
  const pvc = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: d\nspec:\n  storageClassName: |\n';
  assert.ok(labels({ 'pvc.yaml': pvc, ...others }).includes('gp3-enc'));
});

test("Ingress backend: Service names, then that Service's ports", () => {
  const svc =
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: { app: web }\n  ports:\n    - name: http\n      port: 80\n    - name: admin\n      port: 9000\n';
  const ing = (backend: string) =>
    `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\nspec:\n  defaultBackend:\n    service:\n${backend}`;
  assert.ok(labels({ 'i.yaml': ing('      name: |\n'), 'svc.yaml': svc }).includes('web'));
  const ports = labels({ 'i.yaml': ing('      name: web\n      port:\n        number: |\n'), 'svc.yaml': svc });
  assert.ok(ports.includes('80') && ports.includes('9000'), ports.join());
  const names = labels({ 'i.yaml': ing('      name: web\n      port:\n        name: |\n'), 'svc.yaml': svc });
  assert.ok(names.includes('http') && names.includes('admin'), names.join());
});

test('Service selector keys come from workload template labels', () => {
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  selector:\n    |\n';
  const l = labels({ 's.yaml': text, 'dep.yaml': deployment({ labels: { app: 'web', tier: 'front' } }) });
  assert.ok(l.includes('app: web') && l.includes('tier: front'), l.join());
});

test('ALB annotation keys on an Ingress and values for a key', () => {
  const keys = labels({
    'i.yaml':
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\n  annotations:\n    alb.ingress.kubernetes.io/scheme: internal\n    |\n',
  });
  assert.ok(keys.includes('alb.ingress.kubernetes.io/target-type'));
  assert.ok(!keys.includes('alb.ingress.kubernetes.io/scheme'));
  assert.ok(!keys.includes('service.beta.kubernetes.io/aws-load-balancer-type'));
  const values = labels({
    'i.yaml':
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\n  annotations:\n    alb.ingress.kubernetes.io/target-type: |\n',
  });
  assert.deepEqual(values.sort(), ['instance', 'ip']);
  const svcKeys = labels({ 's.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  annotations:\n    |\n' });
  assert.ok(svcKeys.includes('service.beta.kubernetes.io/aws-load-balancer-nlb-target-type'));
});

test('StorageClass provisioners and their parameters; string values stay quoted', () => {
  const provs = labels({ 'sc.yaml': 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: s\nprovisioner: |\n' });
  assert.ok(provs.includes('ebs.csi.aws.com') && provs.includes('efs.csi.aws.com'));
  const keys = labels({
    'sc.yaml': 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: s\nprovisioner: efs.csi.aws.com\nparameters:\n  |\n',
  });
  assert.ok(keys.includes('provisioningMode') && keys.includes('directoryPerms'));
  const text =
    'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: s\nprovisioner: ebs.csi.aws.com\nparameters:\n  encrypted: ';
  const ls = service({ 'sc.yaml': text });
  const items = ls.complete('file:///ws/sc.yaml', text.length);
  assert.equal(items.find((i) => i.label === 'true')?.insertText, '"true"');
});

test('schema keys with value skeletons, and enum values, in a Deployment', () => {
  const dep = (inner: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n${inner}`;
  const text = dep('  replicas: 2\n  |\n');
  const offset = text.indexOf('|');
  const clean = text.replace('|', '');
  const items = service({ 'd.yaml': clean }).complete('file:///ws/d.yaml', offset);
  const keys = items.map((i) => i.label);
  for (const k of ['selector', 'template', 'strategy', 'minReadySeconds']) assert.ok(keys.includes(k), `${k} in ${keys.join()}`);
  assert.ok(!keys.includes('replicas'), 'a key already present is offered again');
  // an object-valued key opens an indented block; a number gets a number placeholder
  assert.match(items.find((i) => i.label === 'template')!.insertText, /^template:\n {4}/);
  assert.match(items.find((i) => i.label === 'minReadySeconds')!.insertText, /^minReadySeconds: \$\{1:\d+\}$/);
  const policies = labels({
    'p.yaml':
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: nginx:1.27\n      imagePullPolicy: |\n',
  });
  assert.deepEqual(policies.filter((l) => ['Always', 'IfNotPresent', 'Never'].includes(l)).sort(), ['Always', 'IfNotPresent', 'Never']);
  const types = labels({ 's.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  type: |\n' });
  for (const t of ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']) assert.ok(types.includes(t), `${t} in ${types.join()}`);
});

test('claim names for a volume, and a workload selector from its own template labels', () => {
  const claims =
    'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: media\n  namespace: apps\n---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: theirs\n  namespace: other\n';
  const pod =
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: apps\nspec:\n  volumes:\n    - name: m\n      persistentVolumeClaim:\n        claimName: |\n';
  assert.deepEqual(labels({ 'p.yaml': pod, 'c.yaml': claims }), ['media']);
  const own =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  selector:\n    matchLabels:\n      |\n  template:\n    metadata:\n      labels: { app: shop, tier: web }\n';
  const l = labels({ 'd.yaml': own, 'other.yaml': deployment({ labels: { app: 'elsewhere' } }) });
  assert.ok(l.includes('app: shop') && l.includes('tier: web'), l.join());
  assert.ok(!l.includes('app: elsewhere'), 'a workload selector offers only its own template labels');
});

test('fixed-word fields the API describes only in prose: pathType, accessModes items, Job restartPolicy', () => {
  const ing =
    'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\nspec:\n  rules:\n    - http:\n        paths:\n          - path: /\n            pathType: |\n';
  assert.deepEqual(labels({ 'i.yaml': ing }).sort(), ['Exact', 'ImplementationSpecific', 'Prefix']);
  const pvc = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: d\nspec:\n  accessModes:\n    - |\n';
  assert.ok(labels({ 'p.yaml': pvc }).includes('ReadWriteMany'));
  const job = 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n      restartPolicy: |\n';
  assert.ok(labels({ 'j.yaml': job }).includes('OnFailure'));
  // `type` means something else outside a Service spec: no Service types there
  const hpa = 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: h\nspec:\n  metrics:\n    - type: |\n';
  const hl = labels({ 'h.yaml': hpa });
  assert.ok(hl.includes('Resource') && !hl.includes('ClusterIP'), hl.join());
});
