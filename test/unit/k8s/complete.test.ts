import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployment, hasK8sSchema, service } from './helpers';

/** completion labels at the `|` marker of the first file */
function labels(files: Record<string, string>): string[] {
  const [name, marked] = Object.entries(files)[0];
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const ls = service({ ...files, [name]: text });
  return ls.complete(`file:///ws/${name}`, offset).map((i) => i.label);
}

test('apiVersion for a kind, and kinds for an apiVersion', { skip: !hasK8sSchema() }, () => {
  const versions = labels({ 'a.yaml': 'apiVersion: |\nkind: Deployment\n' });
  assert.ok(versions.includes('apps/v1'), versions.join());
  assert.ok(!versions.includes('v1'));
  const kinds = labels({ 'a.yaml': 'apiVersion: apps/v1\nkind: |\n' });
  assert.ok(kinds.includes('Deployment') && kinds.includes('StatefulSet'));
  assert.ok(!kinds.includes('Service'));
});

test('workspace names: ConfigMaps, Secrets, ServiceAccounts, claims, StorageClasses', () => {
  const others = {
    'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db-secret\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app-sa\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: elsewhere\n  namespace: other\n',
    'sc.yaml': 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: gp3-enc\nprovisioner: ebs.csi.aws.com\n',
  };
  const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: apps\nspec:\n${spec}`;
  assert.deepEqual(labels({ 'p.yaml': pod('  containers:\n    - name: a\n      envFrom:\n        - configMapRef:\n            name: |\n'), ...others }), ['app-config']);
  assert.deepEqual(labels({ 'p.yaml': pod('  containers:\n    - name: a\n      env:\n        - name: X\n          valueFrom:\n            secretKeyRef:\n              name: |\n'), ...others }), ['db-secret']);
  assert.deepEqual(labels({ 'p.yaml': pod('  serviceAccountName: |\n'), ...others }).filter((l) => l === 'app-sa'), ['app-sa']);
  const pvc = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: d\nspec:\n  storageClassName: |\n';
  assert.ok(labels({ 'pvc.yaml': pvc, ...others }).includes('gp3-enc'));
});

test('Ingress backend: Service names, then that Service\'s ports', () => {
  const svc = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: { app: web }\n  ports:\n    - name: http\n      port: 80\n    - name: admin\n      port: 9000\n';
  const ing = (backend: string) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\nspec:\n  defaultBackend:\n    service:\n${backend}`;
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
  const keys = labels({ 'i.yaml': 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\n  annotations:\n    alb.ingress.kubernetes.io/scheme: internal\n    |\n' });
  assert.ok(keys.includes('alb.ingress.kubernetes.io/target-type'));
  assert.ok(!keys.includes('alb.ingress.kubernetes.io/scheme'));
  assert.ok(!keys.includes('service.beta.kubernetes.io/aws-load-balancer-type'));
  const values = labels({ 'i.yaml': 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\n  annotations:\n    alb.ingress.kubernetes.io/target-type: |\n' });
  assert.deepEqual(values.sort(), ['instance', 'ip']);
  const svcKeys = labels({ 's.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  annotations:\n    |\n' });
  assert.ok(svcKeys.includes('service.beta.kubernetes.io/aws-load-balancer-nlb-target-type'));
});

test('StorageClass provisioners and their parameters; string values stay quoted', () => {
  const provs = labels({ 'sc.yaml': 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: s\nprovisioner: |\n' });
  assert.ok(provs.includes('ebs.csi.aws.com') && provs.includes('efs.csi.aws.com'));
  const keys = labels({ 'sc.yaml': 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: s\nprovisioner: efs.csi.aws.com\nparameters:\n  |\n' });
  assert.ok(keys.includes('provisioningMode') && keys.includes('directoryPerms'));
  const text = 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: s\nprovisioner: ebs.csi.aws.com\nparameters:\n  encrypted: ';
  const ls = service({ 'sc.yaml': text });
  const items = ls.complete('file:///ws/sc.yaml', text.length);
  assert.equal(items.find((i) => i.label === 'true')?.insertText, '"true"');
});
