import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployment, service } from './helpers';

function hoverAt(files: Record<string, string>, needle: string): string | undefined {
  const [name, text] = Object.entries(files)[0];
  const ls = service(files);
  return ls.hover(`file:///ws/${name}`, text.indexOf(needle) + 1)?.markdown;
}

test('hover on an ALB annotation key explains it and links the docs', () => {
  const md = hoverAt({ 'i.yaml': 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\n  annotations:\n    alb.ingress.kubernetes.io/target-type: ip\n' }, 'alb.ingress');
  assert.ok(md);
  assert.match(md!, /Fargate/);
  assert.match(md!, /`instance`, `ip`/);
  assert.match(md!, /kubernetes-sigs\.github\.io\/aws-load-balancer-controller/);
});

test('hover on an IRSA role ARN shows account, role and who uses it', () => {
  const sa = 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\n  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/team/app-role\n';
  const md = hoverAt({ 'sa.yaml': sa, 'dep.yaml': deployment({ podSpec: '      serviceAccountName: app\n      containers:\n        - { name: a, image: "nginx:1" }' }) }, 'arn:aws');
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
  const md = hoverAt({ 'sc.yaml': 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: s\nprovisioner: efs.csi.aws.com\n' }, 'efs.csi');
  assert.match(md ?? '', /EFS/);
});
