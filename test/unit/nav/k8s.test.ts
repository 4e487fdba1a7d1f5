/**
 * Kubernetes and eksctl references in both directions: Service selector ↔ workloads, Ingress ↔
 * Service and port, claims ↔ StorageClass, pod templates ↔ ConfigMap/Secret/claim/ServiceAccount,
 * volumeMounts ↔ volumes, HPA ↔ workload, kustomize patch → target, Fargate profile ↔ workloads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ws } from './helpers';

const APP = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 3
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      serviceAccountName: web-sa
      containers:
        - name: app
          image: nginx:1.27
          envFrom:
            - configMapRef: { name: web-config }
          env:
            - name: PASSWORD
              valueFrom:
                secretKeyRef: { name: web-secret, key: password }
          volumeMounts:
            - name: data
              mountPath: /data
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: web-data
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector:
    app: web
  ports:
    - name: http
      port: 80
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  namespace: shop
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  name: http
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
  namespace: shop
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: 1
  maxReplicas: 5
`;

const CONFIG = `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
  namespace: shop
---
apiVersion: v1
kind: Secret
metadata:
  name: web-secret
  namespace: shop
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: web-sa
  namespace: shop
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: web-data
  namespace: shop
spec:
  storageClassName: fast
  accessModes: [ReadWriteOnce]
  resources: { requests: { storage: 1Gi } }
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
provisioner: ebs.csi.aws.com
`;

const files = { 'app.yaml': APP, 'config.yaml': CONFIG };

test('Service selector → the workloads it selects, and a workload → the Services selecting it', () => {
  const ws = new Ws(files);
  assert.deepEqual(ws.definition('app.yaml', '  selector:\n    app', 3), ['app.yaml: web']);
  assert.equal(
    ws.ls.definition('file:///ws/app.yaml', ws.at('app.yaml', '  selector:\n    app', 3))[0].offset,
    ws.at('app.yaml', 'name: web', 6),
  );
  assert.deepEqual(ws.references('app.yaml', 'name: web', 6), ['app.yaml: selector @38', 'app.yaml: web @70']);
});

test('Ingress backend → the Service and its port; a Service → its Ingresses', () => {
  const ws = new Ws(files);
  assert.deepEqual(ws.definition('app.yaml', 'name: web\n                port', 6), ['app.yaml: web']);
  assert.equal(ws.line(ws.ls.definition('file:///ws/app.yaml', ws.at('app.yaml', 'name: web\n                port', 6))[0]), 35);
  assert.deepEqual(ws.definition('app.yaml', 'name: http', 6, 1), ['app.yaml: http']);
  assert.deepEqual(ws.references('app.yaml', 'kind: Service\nmetadata:\n  name: web', 33), ['app.yaml: web @57']);
});

test('pod template → ConfigMap, Secret, ServiceAccount, claim; each → its consumers', () => {
  const ws = new Ws(files);
  assert.deepEqual(ws.definition('app.yaml', 'web-config'), ['config.yaml: web-config']);
  assert.deepEqual(ws.definition('app.yaml', 'web-secret'), ['config.yaml: web-secret']);
  assert.deepEqual(ws.definition('app.yaml', 'web-sa'), ['config.yaml: web-sa']);
  assert.deepEqual(ws.definition('app.yaml', 'web-data'), ['config.yaml: web-data']);
  assert.deepEqual(ws.references('config.yaml', 'web-config'), ['app.yaml: web-config @19']);
  assert.deepEqual(ws.references('config.yaml', 'web-secret'), ['app.yaml: web-secret @23']);
  assert.deepEqual(ws.references('config.yaml', 'web-sa'), ['app.yaml: web-sa @14']);
  assert.deepEqual(ws.references('config.yaml', 'web-data'), ['app.yaml: web-data @30']);
});

test('a ConfigMap in another namespace is not the one the pod uses', () => {
  const ws = new Ws({ 'app.yaml': APP, 'other.yaml': CONFIG.replace(/namespace: shop/g, 'namespace: other') });
  assert.deepEqual(ws.definition('app.yaml', 'web-config'), []);
  assert.deepEqual(ws.references('other.yaml', 'web-config'), []);
});

test('volumeMounts → the volume, and back', () => {
  const ws = new Ws(files);
  assert.deepEqual(ws.definition('app.yaml', '- name: data\n              mountPath', 9), ['app.yaml: data']);
  assert.deepEqual(ws.references('app.yaml', '- name: data\n          persistentVolumeClaim', 9), ['app.yaml: data @25']);
});

test('claim → StorageClass (also from a StatefulSet claim template), and back', () => {
  const sts = `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: shop }
spec:
  selector: { matchLabels: { app: db } }
  serviceName: db
  template:
    metadata: { labels: { app: db } }
    spec:
      containers: [{ name: db, image: postgres:16 }]
  volumeClaimTemplates:
    - metadata: { name: pg }
      spec:
        storageClassName: fast
        accessModes: [ReadWriteOnce]
        resources: { requests: { storage: 1Gi } }
`;
  const ws = new Ws({ ...files, 'sts.yaml': sts });
  assert.deepEqual(ws.definition('config.yaml', 'storageClassName: fast', 19), ['config.yaml: fast']);
  assert.deepEqual(ws.definition('sts.yaml', 'storageClassName: fast', 19), ['config.yaml: fast']);
  assert.deepEqual(ws.references('config.yaml', 'name: fast', 7), ['config.yaml: fast @25', 'sts.yaml: fast @14']);
});

test('HPA scaleTargetRef → the workload, and back', () => {
  const ws = new Ws(files);
  assert.deepEqual(ws.definition('app.yaml', 'kind: Deployment\n    name: web', 27), ['app.yaml: web']);
  assert.ok(ws.references('app.yaml', 'name: web', 6).includes('app.yaml: web @70'));
});

test('a kustomize patch → the object it patches, and the object → its patches', () => {
  const ws = new Ws({
    'base/app.yaml': APP,
    'overlay/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: replicas.yaml\n',
    'overlay/replicas.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  replicas: 5\n',
  });
  assert.deepEqual(ws.definition('overlay/replicas.yaml', 'name: web', 7), ['base/app.yaml: web']);
  assert.ok(ws.references('base/app.yaml', 'name: web', 7).includes('overlay/replicas.yaml: web @4'));
});

test('a ConfigMap or Secret a kustomize generator makes → its generator entry; an object of that name wins', () => {
  const app = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: nginx:1.27
          envFrom:
            - configMapRef:
                name: app-config
            - secretRef:
                name: app-secret
`;
  const kustomization = `resources:
  - app.yaml
configMapGenerator:
  - name: app-config
    literals: [A=b]
secretGenerator:
  - name: app-secret
    literals: [P=q]
`;
  const w = new Ws({ 'base/app.yaml': app, 'base/kustomization.yaml': kustomization });
  assert.deepEqual(w.definition('base/app.yaml', 'name: app-config', 7), ['base/kustomization.yaml: app-config']);
  assert.deepEqual(w.definition('base/app.yaml', 'name: app-secret', 7), ['base/kustomization.yaml: app-secret']);
  assert.match(
    String(w.rename('base/app.yaml', 'name: app-config', 'cfg', 7)),
    /cannot be renamed: kustomize makes it from a generator entry/,
  );
  const real = new Ws({
    'base/app.yaml': app,
    'base/kustomization.yaml': kustomization,
    'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata: {}\n',
  });
  assert.deepEqual(real.definition('base/app.yaml', 'name: app-config', 7), ['base/cm.yaml: app-config']);
});

test('eksctl Fargate profile selector → the workloads it runs, and a workload → the profile', () => {
  const cluster = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
fargateProfiles:
  - name: fp-shop
    selectors:
      - namespace: shop
`;
  const ws = new Ws({ ...files, 'cluster.yaml': cluster });
  assert.deepEqual(ws.definition('cluster.yaml', 'namespace: shop', 12), ['app.yaml: web']);
  assert.ok(ws.references('app.yaml', 'name: web', 6).includes('cluster.yaml: shop @7'));
});

test('documents with Helm templates or no name give no references and no errors', () => {
  const ws = new Ws({
    'templates/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  selector:\n    app: web\n',
    'noname.yaml': 'apiVersion: v1\nkind: ConfigMap\ndata: {}\n',
  });
  assert.deepEqual(ws.ls.documentSymbols('file:///ws/templates/svc.yaml'), []);
  assert.deepEqual(
    ws.ls.documentSymbols('file:///ws/noname.yaml').map((s) => s.name),
    ['(no name)'],
  );
});
