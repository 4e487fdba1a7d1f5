/**
 * What kustomize supplies at build time does not count as missing: generated ConfigMaps and
 * Secrets, image tags set under `images:`, and YAML 1.2 readings of the resources it loads.
 * Placeholders (`${VAR}`) in names are not judged either.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployment, run } from '../helpers';

const podSpec = `      containers:
        - name: app
          image: retail-ui
          envFrom:
            - configMapRef: { name: ui-config }
            - secretRef: { name: ui-secret }
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { memory: 128Mi }`;

const kustomization = `resources:
  - deployment.yaml
  - namespace.yaml
configMapGenerator:
  - name: ui-config
    literals: [MODE=prod]
secretGenerator:
  - name: ui-secret
    envs: [secret.env]
images:
  - name: retail-ui
    newName: public.ecr.aws/example/retail-ui
    newTag: 1.2.0
`;

test('k8s/missing-reference: names made by configMapGenerator/secretGenerator exist', () => {
  const dep = deployment({ podSpec });
  const without = run('k8s/missing-reference', { 'base/deployment.yaml': dep });
  assert.deepEqual(without.map((f) => /`([^`]+)`/.exec(f.message)![1]).sort(), ['ui-config', 'ui-secret']);
  assert.deepEqual(run('k8s/missing-reference', { 'base/deployment.yaml': dep, 'base/kustomization.yaml': kustomization }), []);
});

test('k8s/image-latest: silent when a kustomization sets the tag, still fires when it only renames', () => {
  const dep = deployment({ podSpec });
  assert.equal(run('k8s/image-latest', { 'base/deployment.yaml': dep }).length, 1);
  assert.equal(run('k8s/image-latest', { 'base/deployment.yaml': dep, 'overlays/prod/kustomization.yaml': kustomization }).length, 0);
  const renameOnly = 'images:\n  - name: retail-ui\n    newName: public.ecr.aws/example/retail-ui\n';
  assert.equal(run('k8s/image-latest', { 'base/deployment.yaml': dep, 'base/kustomization.yaml': renameOnly }).length, 1);
  // an overlay that sets `newTag: latest` pins nothing
  const latest = 'images:\n  - name: retail-ui\n    newName: public.ecr.aws/example/retail-ui\n    newTag: latest\n';
  assert.equal(run('k8s/image-latest', { 'base/deployment.yaml': dep, 'overlays/prod/kustomization.yaml': latest }).length, 1);
  // another image's tag does not count
  const other = 'images:\n  - name: retail-api\n    newTag: 1.0.0\n';
  assert.equal(run('k8s/image-latest', { 'base/deployment.yaml': dep, 'base/kustomization.yaml': other }).length, 1);
});

test('k8s/yaml-boolean-string: a resource kustomize loads keeps `yes` as a string; true/false are still booleans', () => {
  const ns = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ui\n  labels:\n    is-namespace: yes\n';
  assert.equal(run('k8s/yaml-boolean-string', { 'base/namespace.yaml': ns }).length, 1);
  assert.equal(run('k8s/yaml-boolean-string', { 'base/namespace.yaml': ns, 'base/kustomization.yaml': kustomization }).length, 0);
  // a kustomization elsewhere that does not list the file changes nothing
  assert.equal(run('k8s/yaml-boolean-string', { 'base/namespace.yaml': ns, 'other/kustomization.yaml': kustomization }).length, 1);
  const t = ns.replace('yes', 'true');
  const f = run('k8s/yaml-boolean-string', { 'base/namespace.yaml': t, 'base/kustomization.yaml': kustomization });
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
});

test('cross-file rules do not judge ${VAR} placeholders in names', () => {
  const ing =
    'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\nspec:\n  defaultBackend:\n    service:\n      name: ${APP_NAME}\n      port: { number: 80 }\n';
  assert.equal(run('k8s/ingress-backend-missing', ing).length, 0);
  assert.equal(run('k8s/ingress-backend-missing', ing.replace('${APP_NAME}', 'app')).length, 1);
  const hpa =
    'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: h\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: "${APP}" }\n  maxReplicas: 2\n';
  assert.equal(run('k8s/hpa-target-missing', hpa).length, 0);
  const pvc = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: d\nspec:\n  storageClassName: ${SC}\n';
  assert.equal(run('k8s/pvc-storageclass-missing', pvc).length, 0);
  assert.equal(
    run(
      'k8s/missing-reference',
      deployment({ podSpec: '      serviceAccountName: ${SA}\n      containers:\n        - { name: a, image: "nginx:1" }' }),
    ).length,
    0,
  );
});
