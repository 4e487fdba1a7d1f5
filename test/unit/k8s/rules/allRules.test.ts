/**
 * Every Kubernetes/EKS rule, side by side: a workspace where it fires and a near-identical one
 * where it stays silent. A rule added to the registry without a row here fails the first test.
 * (Each rule's own test file goes into the details: spans, fixes, messages.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { k8sRules } from '../../../../server/src/core/rules/k8s/index';
import { eksctlRules } from '../../../../server/src/core/rules/eksctl/index';
import { deployment, eksctl, run, type Files } from '../helpers';
import { apiServerCases } from './apiServerCases';

const PROFILE = eksctl('  - name: fp\n    selectors:\n      - namespace: serverless');
const onFargate = (podSpec: string, kind = 'Deployment') => deployment({ ns: 'serverless', podSpec, kind });
const container = (extra = '') => `      containers:\n        - name: a\n          image: nginx:1.27\n${extra}`;
const svc = (spec: string, meta = '') => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n${meta}spec:\n${spec}`;
const ingress = (backend: string, ann = '') =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\n${ann ? `  annotations:\n${ann}` : ''}spec:\n  ingressClassName: alb\n  defaultBackend:\n    service:\n${backend}`;
const sa = (arn: string) =>
  `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\n  annotations:\n    eks.amazonaws.com/role-arn: ${arn}\n`;
const sc = (params: string) =>
  `apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: ebs\nprovisioner: ebs.csi.aws.com\nparameters:\n${params}`;
const pvc = (cls: string) =>
  `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\n  namespace: serverless\nspec:\n  storageClassName: ${cls}\n  accessModes: [ReadWriteOnce]\n  resources: { requests: { storage: 1Gi } }\n`;
const hpa = (target: string) =>
  `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: h\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: ${target} }\n  minReplicas: 1\n  maxReplicas: 2\n`;
const job = (ttl: string) =>
  `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n  namespace: serverless\nspec:\n${ttl}  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - { name: a, image: "busybox:1.36" }\n`;
const withAssoc = PROFILE.replace(
  'fargateProfiles:',
  'iam:\n  podIdentityAssociations:\n    - { namespace: serverless, serviceAccountName: app, roleARN: "arn:aws:iam::123456789012:role/x" }\nfargateProfiles:',
);

interface Case {
  fires: Files;
  silent: Files;
}

const cases: Record<string, Case> = {
  // judged on the date of the EKS calendar (the tests' runtime has no clock)
  'eks/cluster-version-support': {
    fires: { 'c.yaml': PROFILE.replace('  region: us-east-1\n', '  region: us-east-1\n  version: "1.31"\n') },
    silent: { 'c.yaml': PROFILE.replace('  region: us-east-1\n', '  region: us-east-1\n  version: "1.35"\n') },
  },
  // the API-server validation rules: their cases (with the message each mirrors) live beside them
  ...apiServerCases,
  'k8s/removed-api': {
    fires: { 'a.yaml': 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: x\n' },
    silent: { 'a.yaml': 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: x\n' },
  },
  'k8s/not-served-yet': {
    fires: {
      'a.yaml': 'apiVersion: storage.k8s.io/v1\nkind: VolumeAttributesClass\nmetadata:\n  name: x\ndriverName: ebs.csi.aws.com\n',
      'c.yaml': 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: c\n  region: eu-west-1\n  version: "1.33"\n',
    },
    silent: {
      'a.yaml': 'apiVersion: storage.k8s.io/v1\nkind: VolumeAttributesClass\nmetadata:\n  name: x\ndriverName: ebs.csi.aws.com\n',
      'c.yaml': 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: c\n  region: eu-west-1\n  version: "1.34"\n',
    },
  },
  'k8s/unknown-kind': {
    fires: { 'a.yaml': 'apiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: x\n' },
    silent: { 'a.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n' },
  },
  'k8s/yaml-boolean-string': {
    fires: { 'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  FLAG: on\n' },
    silent: { 'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  FLAG: "on"\n' },
  },
  'k8s/yaml-number-string': {
    fires: { 'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  MODE: 0755\n' },
    silent: { 'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  MODE: "0755"\n' },
  },
  'k8s/selector-mismatch': {
    fires: { 'a.yaml': deployment({ selector: { app: 'api' }, labels: { app: 'web' } }) },
    silent: { 'a.yaml': deployment() },
  },
  'k8s/service-selects-nothing': {
    fires: { 'a.yaml': svc('  selector: { app: wbe }\n  ports: [{ port: 80 }]\n'), 'd.yaml': deployment() },
    silent: { 'a.yaml': svc('  selector: { app: web }\n  ports: [{ port: 80 }]\n'), 'd.yaml': deployment() },
  },
  'k8s/ingress-backend-missing': {
    fires: {
      'a.yaml': ingress('      name: web\n      port: { number: 8080 }\n'),
      's.yaml': svc('  selector: { app: web }\n  ports: [{ port: 80 }]\n'),
    },
    silent: {
      'a.yaml': ingress('      name: web\n      port: { number: 80 }\n'),
      's.yaml': svc('  selector: { app: web }\n  ports: [{ port: 80 }]\n'),
    },
  },
  'k8s/hpa-target-missing': {
    fires: { 'a.yaml': hpa('api'), 'd.yaml': deployment() },
    silent: { 'a.yaml': hpa('web'), 'd.yaml': deployment() },
  },
  'k8s/pvc-storageclass-missing': {
    fires: { 'a.yaml': pvc('ebz'), 's.yaml': sc('  type: gp3\n') },
    silent: { 'a.yaml': pvc('ebs'), 's.yaml': sc('  type: gp3\n') },
  },
  'k8s/missing-reference': {
    fires: { 'a.yaml': deployment({ podSpec: `      serviceAccountName: app\n${container()}` }) },
    silent: {
      'a.yaml': deployment({ podSpec: `      serviceAccountName: app\n${container()}` }),
      's.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\n',
    },
  },
  'k8s/image-latest': {
    fires: { 'a.yaml': deployment({ podSpec: '      containers:\n        - { name: a, image: "nginx:latest" }' }) },
    silent: { 'a.yaml': deployment() },
  },
  'k8s/missing-resources': { fires: { 'a.yaml': deployment({ podSpec: container() }) }, silent: { 'a.yaml': deployment() } },
  'k8s/missing-probes': { fires: { 'a.yaml': deployment({ podSpec: container() }) }, silent: { 'a.yaml': deployment() } },
  'eks/irsa-annotation': {
    fires: { 'a.yaml': sa('arn:aws:iam::123456789012:user/bob') },
    silent: { 'a.yaml': sa('arn:aws:iam::123456789012:role/app') },
  },
  'eks/storageclass-parameters': {
    fires: { 'a.yaml': sc('  type: gp2\n  throughput: "250"\n') },
    silent: { 'a.yaml': sc('  type: gp3\n  throughput: "250"\n') },
  },
  'eks/alb-annotations': {
    fires: { 'a.yaml': ingress('      name: web\n', '    alb.ingress.kubernetes.io/scheme: public\n') },
    silent: { 'a.yaml': ingress('      name: web\n', '    alb.ingress.kubernetes.io/scheme: internet-facing\n') },
  },
  'eks/nlb-annotations': {
    fires: {
      'a.yaml': svc(
        '  type: LoadBalancer\n  ports: [{ port: 80 }]\n',
        '  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: pod\n',
      ),
    },
    silent: {
      'a.yaml': svc(
        '  type: LoadBalancer\n  ports: [{ port: 80 }]\n',
        '  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip\n',
      ),
    },
  },
  'eks/fargate-daemonset': {
    fires: { 'a.yaml': onFargate(container(), 'DaemonSet'), 'c.yaml': PROFILE },
    silent: { 'a.yaml': deployment({ ns: 'nodes', podSpec: container(), kind: 'DaemonSet' }), 'c.yaml': PROFILE },
  },
  'eks/fargate-privileged': {
    fires: { 'a.yaml': onFargate(`      hostNetwork: true\n${container()}`), 'c.yaml': PROFILE },
    silent: { 'a.yaml': onFargate(`      hostNetwork: false\n${container()}`), 'c.yaml': PROFILE },
  },
  'eks/fargate-gpu': {
    fires: { 'a.yaml': onFargate(container('          resources: { limits: { nvidia.com/gpu: 1 } }\n')), 'c.yaml': PROFILE },
    silent: { 'a.yaml': onFargate(container('          resources: { limits: { cpu: "1" } }\n')), 'c.yaml': PROFILE },
  },
  'eks/fargate-ebs-volume': {
    fires: {
      'a.yaml': onFargate(`${container()}      volumes:\n        - name: d\n          persistentVolumeClaim: { claimName: data }\n`),
      'p.yaml': pvc('ebs'),
      's.yaml': sc('  type: gp3\n'),
      'c.yaml': PROFILE,
    },
    silent: {
      'a.yaml': onFargate(`${container()}      volumes:\n        - name: d\n          emptyDir: {}\n`),
      'p.yaml': pvc('ebs'),
      's.yaml': sc('  type: gp3\n'),
      'c.yaml': PROFILE,
    },
  },
  'eks/fargate-pod-identity': {
    fires: { 'a.yaml': onFargate(`      serviceAccountName: app\n${container()}`), 'c.yaml': withAssoc },
    silent: { 'a.yaml': onFargate(`      serviceAccountName: other\n${container()}`), 'c.yaml': withAssoc },
  },
  'eks/fargate-lb-target-type': {
    fires: {
      'a.yaml': ingress('      name: web\n      port: { number: 80 }\n').replace('name: i', 'name: i\n  namespace: serverless'),
      's.yaml': svc('  selector: { app: web }\n  ports: [{ port: 80 }]\n', '  namespace: serverless\n'),
      'd.yaml': onFargate(container()),
      'c.yaml': PROFILE,
    },
    silent: {
      'a.yaml': ingress('      name: web\n      port: { number: 80 }\n', '    alb.ingress.kubernetes.io/target-type: ip\n').replace(
        'name: i',
        'name: i\n  namespace: serverless',
      ),
      's.yaml': svc('  selector: { app: web }\n  ports: [{ port: 80 }]\n', '  namespace: serverless\n'),
      'd.yaml': onFargate(container()),
      'c.yaml': PROFILE,
    },
  },
  'eks/fargate-job-ttl': {
    fires: { 'a.yaml': job(''), 'c.yaml': PROFILE },
    silent: { 'a.yaml': job('  ttlSecondsAfterFinished: 60\n'), 'c.yaml': PROFILE },
  },
  'eks/alb-instance-target-service-type': {
    fires: {
      'a.yaml': ingress('      name: web\n      port: { number: 80 }\n'),
      's.yaml': svc('  selector: { app: web }\n  ports: [{ port: 80 }]\n'),
    },
    silent: {
      'a.yaml': ingress('      name: web\n      port: { number: 80 }\n'),
      's.yaml': svc('  type: NodePort\n  selector: { app: web }\n  ports: [{ port: 80 }]\n'),
    },
  },
};

test('every Kubernetes/EKS/eksctl rule has a firing and a silent case here, and a description', () => {
  assert.deepEqual(
    [...k8sRules, ...eksctlRules].map((r) => r.id).filter((id) => !cases[id]),
    [],
  );
  for (const r of [...k8sRules, ...eksctlRules]) assert.ok(r.description.length > 20, r.id);
});

for (const [id, c] of Object.entries(cases)) {
  test(`${id}: fires, and stays silent on the corrected workspace`, () => {
    const fired = run(id, c.fires);
    assert.ok(fired.length > 0, `${id} did not fire`);
    // messages say what is wrong in a sentence, with the offending name or value quoted
    for (const f of fired) assert.match(f.message, /`[^`]+`|\d/, f.message);
    assert.deepEqual(
      run(id, c.silent).map((f) => f.message),
      [],
    );
  });
}
