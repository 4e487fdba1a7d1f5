import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployment, service } from './helpers';

function hoverAt(files: Record<string, string>, needle: string): string | undefined {
  const [name, text] = Object.entries(files)[0];
  const ls = service(files);
  return ls.hover(`file:///ws/${name}`, text.indexOf(needle) + 1)?.markdown;
}

test('hover on an ALB annotation key explains it and links the docs', () => {
  const md = hoverAt(
    {
      'i.yaml':
        'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\n  annotations:\n    alb.ingress.kubernetes.io/target-type: ip\n',
    },
    'alb.ingress',
  );
  assert.ok(md);
  assert.match(md!, /Fargate/);
  assert.match(md!, /`instance`, `ip`/);
  assert.match(md!, /kubernetes-sigs\.github\.io\/aws-load-balancer-controller/);
});

test('hover on an IRSA role ARN shows account, role and who uses it', () => {
  const sa =
    'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\n  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/team/app-role\n';
  const md = hoverAt(
    {
      'sa.yaml': sa,
      'dep.yaml': deployment({ podSpec: '      serviceAccountName: app\n      containers:\n        - { name: a, image: "nginx:1" }' }),
    },
    'arn:aws',
  );
  assert.ok(md);
  assert.match(md!, /Role `app-role` \(path `\/team\/`\) in account `123456789012`/);
  assert.match(md!, /AWS permissions/);
  assert.match(md!, /Deployment `web`/);
});

test('hover on a removed apiVersion names the release and replacement', () => {
  const md = hoverAt({ 'i.yaml': 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: i\n' }, 'extensions');
  assert.match(md ?? '', /Kubernetes 1\.22/);
});

test('hover on a StorageClass provisioner', () => {
  const md = hoverAt(
    { 'sc.yaml': 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: s\nprovisioner: efs.csi.aws.com\n' },
    'efs.csi',
  );
  assert.match(md ?? '', /EFS/);
});

test('hover on a Kubernetes field explains it from the schema', () => {
  const dep =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  template:\n    spec:\n      terminationGracePeriodSeconds: 30\n';
  const md = hoverAt({ 'd.yaml': dep }, 'replicas');
  assert.match(md ?? '', /replicas/);
  assert.match(md ?? '', /pods/i);
  const grace = hoverAt({ 'd.yaml': dep }, 'terminationGracePeriodSeconds');
  assert.match(grace ?? '', /seconds/i);
});

test('hover on a NLB annotation key and on a CSI parameter', () => {
  const md = hoverAt(
    {
      's.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip\nspec:\n  type: LoadBalancer\n',
    },
    'service.beta',
  );
  assert.match(md ?? '', /`instance`, `ip`/);
  const p = hoverAt(
    {
      'sc.yaml':
        'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: s\nprovisioner: ebs.csi.aws.com\nparameters:\n  throughput: "250"\n',
    },
    'throughput',
  );
  assert.match(p ?? '', /gp3/);
  // on the value too
  assert.match(
    hoverAt(
      {
        'sc.yaml':
          'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: s\nprovisioner: ebs.csi.aws.com\nparameters:\n  type: gp3\n',
      },
      'gp3',
    ) ?? '',
    /io2/,
  );
});
