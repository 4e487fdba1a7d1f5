import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployment, eksctl, run, spanOf } from '../helpers';

const cluster = eksctl(`  - name: fp-apps
    selectors:
      - namespace: apps-*
      - namespace: jobs
        labels: { compute: fargate }`);

const onFargate = (podSpec: string, kind = 'Deployment') => deployment({ ns: 'apps-prod', podSpec, kind });

test('eks/fargate-privileged: privileged, hostNetwork and hostPort under a matching profile', () => {
  const text = onFargate(`      hostNetwork: true
      containers:
        - name: a
          image: nginx:1
          securityContext: { privileged: true }
          ports:
            - containerPort: 80
              hostPort: 80`);
  const f = run('eks/fargate-privileged', { 'dep.yaml': text, 'cluster.yaml': cluster });
  assert.deepEqual(
    f.map((x) => spanOf(text, x)),
    ['true', 'true', '80'],
  );
  assert.match(f[0].message, /Fargate profile `fp-apps` \(cluster `demo`\)/);
  // no profile selects namespace "other"
  assert.equal(run('eks/fargate-privileged', { 'dep.yaml': text.replace('apps-prod', 'other'), 'cluster.yaml': cluster }).length, 0);
  // without a ClusterConfig we know nothing about Fargate
  assert.equal(run('eks/fargate-privileged', text).length, 0);
});

test('Fargate selectors: labels must all match', () => {
  const text = deployment({ ns: 'jobs', podSpec: '      hostNetwork: true\n      containers:\n        - { name: a, image: "nginx:1" }' });
  assert.equal(run('eks/fargate-privileged', { 'dep.yaml': text, 'cluster.yaml': cluster }).length, 0);
  const labelled = deployment({
    ns: 'jobs',
    labels: { app: 'web', compute: 'fargate' },
    podSpec: '      hostNetwork: true\n      containers:\n        - { name: a, image: "nginx:1" }',
  });
  assert.equal(run('eks/fargate-privileged', { 'dep.yaml': labelled, 'cluster.yaml': cluster }).length, 1);
});

test('eks/fargate-daemonset and eks/fargate-gpu', () => {
  const ds = onFargate('      containers:\n        - { name: a, image: "fluent-bit:3" }', 'DaemonSet');
  assert.equal(run('eks/fargate-daemonset', { 'ds.yaml': ds, 'cluster.yaml': cluster }).length, 1);
  const gpu = onFargate(
    '      containers:\n        - name: a\n          image: cuda:12\n          resources:\n            limits:\n              nvidia.com/gpu: 1',
  );
  const f = run('eks/fargate-gpu', { 'gpu.yaml': gpu, 'cluster.yaml': cluster });
  assert.equal(f.length, 1);
  assert.equal(spanOf(gpu, f[0]), 'nvidia.com/gpu');
});

test('eks/fargate-ebs-volume: claims of an EBS StorageClass', () => {
  const dep = onFargate(
    '      containers:\n        - { name: a, image: "nginx:1" }\n      volumes:\n        - name: data\n          persistentVolumeClaim: { claimName: data }\n        - name: shared\n          persistentVolumeClaim: { claimName: shared }',
  );
  const files = {
    'dep.yaml': dep,
    'cluster.yaml': cluster,
    'pvc.yaml':
      'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\n  namespace: apps-prod\nspec:\n  storageClassName: ebs-gp3\n---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: shared\n  namespace: apps-prod\nspec:\n  storageClassName: efs\n',
    'sc.yaml':
      'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: ebs-gp3\nprovisioner: ebs.csi.aws.com\n---\napiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: efs\nprovisioner: efs.csi.aws.com\n',
  };
  const f = run('eks/fargate-ebs-volume', files);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /Claim `data` \(StorageClass `ebs-gp3`\)/);
});

test('eks/fargate-pod-identity: association for the service account', () => {
  const withAssoc = cluster.replace(
    'fargateProfiles:',
    'iam:\n  podIdentityAssociations:\n    - namespace: apps-prod\n      serviceAccountName: app\n      roleARN: arn:aws:iam::123456789012:role/x\nfargateProfiles:',
  );
  const dep = onFargate('      serviceAccountName: app\n      containers:\n        - { name: a, image: "nginx:1" }');
  assert.equal(run('eks/fargate-pod-identity', { 'dep.yaml': dep, 'cluster.yaml': withAssoc }).length, 1);
  assert.equal(run('eks/fargate-pod-identity', { 'dep.yaml': dep, 'cluster.yaml': cluster }).length, 0);
});

test('eks/fargate-lb-target-type: ALB Ingress with default instance targets in front of Fargate pods', () => {
  const ing = (ann: string) =>
    `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\n  namespace: apps-prod\n  annotations:\n    alb.ingress.kubernetes.io/scheme: internet-facing\n${ann}spec:\n  ingressClassName: alb\n  defaultBackend:\n    service:\n      name: web\n      port: { number: 80 }\n`;
  const svc =
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: apps-prod\nspec:\n  selector: { app: web }\n  ports: [{ port: 80 }]\n';
  const files = (i: string) => ({ 'ing.yaml': i, 'svc.yaml': svc, 'dep.yaml': deployment({ ns: 'apps-prod' }), 'cluster.yaml': cluster });
  const f = run('eks/fargate-lb-target-type', files(ing('')));
  assert.equal(f.length, 1);
  assert.match(f[0].message, /the default is instance/);
  const explicit = ing('    alb.ingress.kubernetes.io/target-type: instance\n');
  const g = run('eks/fargate-lb-target-type', files(explicit));
  assert.equal(g[0].fixes?.[0].edits[0].newText, 'ip');
  assert.equal(run('eks/fargate-lb-target-type', files(ing('    alb.ingress.kubernetes.io/target-type: ip\n'))).length, 0);
});

test('eks/fargate-lb-target-type: LoadBalancer Service without ip targets in front of Fargate pods', () => {
  const svc = (ann: string) =>
    `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: apps-prod\n  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: external\n${ann}spec:\n  type: LoadBalancer\n  selector: { app: web }\n  ports: [{ port: 80 }]\n`;
  const files = (s: string) => ({ 'svc.yaml': s, 'dep.yaml': deployment({ ns: 'apps-prod' }), 'cluster.yaml': cluster });
  assert.equal(run('eks/fargate-lb-target-type', files(svc(''))).length, 1);
  assert.equal(
    run('eks/fargate-lb-target-type', files(svc('    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip\n'))).length,
    0,
  );
});

test('eks/fargate-job-ttl: information for Jobs without a TTL', () => {
  const job = (ttl: string) =>
    `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n  namespace: apps-batch\nspec:\n${ttl}  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - { name: a, image: "busybox:1" }\n`;
  const f = run('eks/fargate-job-ttl', { 'job.yaml': job(''), 'cluster.yaml': cluster });
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'information');
  assert.equal(run('eks/fargate-job-ttl', { 'job.yaml': job('  ttlSecondsAfterFinished: 300\n'), 'cluster.yaml': cluster }).length, 0);
});
