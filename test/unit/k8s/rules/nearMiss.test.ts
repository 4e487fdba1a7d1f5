/**
 * References with a near miss (text/nearName.ts): a warning with a fix when a near name exists
 * in the same namespace, a hint when none does, silence when the name exists.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nearName } from '../../../../server/src/core/text/nearName';
import { deployment, fixed, run, spanOf } from '../helpers';

test('nearName: a dash-separated word more or less, or a typo; nothing for unrelated or ambiguous names', () => {
  assert.equal(nearName('storefront', ['storefront-web', 'orders']), 'storefront-web');
  assert.equal(nearName('storefront-web', ['storefront', 'orders']), 'storefront');
  assert.equal(nearName('web', ['shop-web']), 'shop-web');
  assert.equal(nearName('storefrnt', ['storefront']), 'storefront');
  assert.equal(nearName('web', ['api', 'db']), undefined);
  assert.equal(nearName('storefront', ['storefront-web', 'storefront-api']), undefined);
  // one- or two-letter names match by typo only
  assert.equal(nearName('db', ['orders-db']), undefined);
  // "storefront" is not a dash-word prefix of "storefronts"
  assert.equal(nearName('store', ['storefront']), undefined);
});

const configMap = (name: string, ns?: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}data:\n  A: b\n`;
const usesConfig = (name: string, ns?: string) =>
  deployment({
    ns,
    podSpec: `      containers:\n        - name: app\n          image: nginx:1.27\n          envFrom:\n            - configMapRef: { name: ${name} }`,
  });

test('k8s/missing-reference: a near miss in the same namespace is a warning with a fix', () => {
  const text = usesConfig('storefront');
  const f = run('k8s/missing-reference', { 'd.yaml': text, 'c.yaml': configMap('storefront-web') });
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(f[0].message, 'ConfigMap `storefront` is not in the workspace; did you mean `storefront-web`?');
  assert.equal(spanOf(text, f[0]), 'storefront');
  assert.match(fixed(text, f[0]), /configMapRef: \{ name: storefront-web \}/);
});

test('k8s/missing-reference: absent with no near name, or a near name in another namespace, stays a hint', () => {
  const none = run('k8s/missing-reference', { 'd.yaml': usesConfig('storefront'), 'c.yaml': configMap('orders') });
  assert.equal(none[0].severity, 'hint');
  const elsewhere = run('k8s/missing-reference', {
    'd.yaml': usesConfig('storefront', 'shop'),
    'c.yaml': configMap('storefront-web', 'other'),
  });
  assert.equal(elsewhere[0].severity, 'hint');
  assert.deepEqual(run('k8s/missing-reference', { 'd.yaml': usesConfig('storefront'), 'c.yaml': configMap('storefront') }), []);
});

test('k8s/missing-reference: PersistentVolumeClaims are references too', () => {
  const text = deployment({
    podSpec:
      '      volumes:\n        - name: data\n          persistentVolumeClaim: { claimName: uploads }\n      containers:\n        - { name: app, image: "nginx:1.27" }',
  });
  const pvc =
    'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: uploads-data\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: { requests: { storage: 1Gi } }\n';
  const f = run('k8s/missing-reference', { 'd.yaml': text, 'p.yaml': pvc });
  assert.equal(f[0].message, 'PersistentVolumeClaim `uploads` is not in the workspace; did you mean `uploads-data`?');
});

test('k8s/ingress-backend-missing: a near Service name is a warning with a fix', () => {
  const ing =
    'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\nspec:\n  defaultBackend:\n    service: { name: storefront, port: { number: 80 } }\n';
  const svc =
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: storefront-web\nspec:\n  selector: { app: web }\n  ports: [{ port: 80 }]\n';
  const f = run('k8s/ingress-backend-missing', { 'i.yaml': ing, 's.yaml': svc });
  assert.equal(f[0].severity, 'warning');
  assert.match(f[0].message, /did you mean `storefront-web`\?/);
  assert.match(fixed(ing, f[0]), /name: storefront-web,/);
  assert.equal(run('k8s/ingress-backend-missing', { 'i.yaml': ing })[0].severity, 'hint');
});
