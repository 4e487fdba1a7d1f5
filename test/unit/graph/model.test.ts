import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildGraph } from '../../../server/src/core/graph/build';
import { renderDiagram } from '../../../server/src/core/graph/index';
import type { ArchitectureGraph, EdgeKind, NodeKind } from '../../../server/src/core/graph/model';
import type { Finding } from '../../../server/src/core/types';
import { FIXTURES, infos, readFolder, serviceOf } from './helpers';

const graphOf = (name: string, opts?: Parameters<typeof buildGraph>[1]): ArchitectureGraph =>
  buildGraph(serviceOf(readFolder(join(FIXTURES, name), name)).workspace, opts);
const node = (g: ArchitectureGraph, id: string) => g.nodes.find((n) => n.id === id);
const has = (g: ArchitectureGraph, from: string, to: string, kind: EdgeKind, label?: string) =>
  g.edges.some((e) => e.from === from && e.to === to && e.kind === kind && (label === undefined || e.label === label));

test('ECS: cluster → service → task definition → containers, roles, images, EFS, secrets, target groups, scaling', () => {
  const g = graphOf('ecs-fargate');
  assert.ok(node(g, 'ecs-cluster:prod'));
  assert.ok(has(g, 'ecs-service:prod/api', 'task-definition:api', 'runs', 'revision 7'), 'a task definition ARN matches by family');
  assert.ok(has(g, 'task-definition:api', 'container:api/app', 'runs'));
  assert.ok(has(g, 'task-definition:api', 'iam-role:111122223333/api-task', 'uses-role', 'task role'));
  assert.ok(has(g, 'task-definition:api', 'iam-role:111122223333/ecs-exec', 'uses-role', 'execution role'));
  assert.ok(has(g, 'container:api/app', 'ecr-repository:111122223333/us-east-1/team/api', 'pulls-image', 'tag 2.1.0'));
  assert.ok(has(g, 'container:api/proxy', 'image:docker.io/library/nginx', 'pulls-image', 'tag 1.27'));
  assert.ok(has(g, 'container:api/app', 'efs:fs-11112222', 'mounts', '/data (read-only)'));
  assert.ok(has(g, 'container:api/app', 'secret:prod/db-AbC123', 'reads-secret', 'DB_URL'));
  assert.ok(has(g, 'container:api/app', 'ssm-parameter:/prod/api-key', 'reads-secret', 'API_KEY'));
  assert.ok(has(g, 'container:api/app', 'ssm-parameter:/feature-flag', 'reads-secret', 'FLAG'));
  assert.ok(has(g, 'container:api/proxy', 'secret:dockerhub-XyZ987', 'reads-secret', 'registry credentials'));
  assert.ok(has(g, 'target-group:api-http', 'container:api/app', 'routes-to', 'port 8080'));
  assert.ok(has(g, 'target-group:api-grpc', 'container:api/app', 'routes-to', 'port 9090'));
  assert.ok(has(g, 'ecs-service:prod/api', 'capacity-provider:prod/FARGATE_SPOT', 'lands-on', 'weight 3'));
  assert.ok(has(g, 'ecs-cluster:prod', 'capacity-provider:prod/prod-asg', 'has-capacity'));
  for (const s of [
    'scaling:prod/api/scalable-target/target',
    'scaling:prod/api/scaling-policy/api-requests',
    'scaling:prod/api/scheduled-action/night-scale-in',
  ]) {
    assert.ok(has(g, s, 'ecs-service:prod/api', 'scales'), s);
  }
  const svc = node(g, 'ecs-service:prod/api')!;
  assert.ok(svc.facts.includes('desired count 4'));
  assert.ok(svc.facts.includes('deployment min 50% / max 200%'));
  assert.equal(node(g, 'task-definition:api')?.group, 'ecs:prod');
  assert.ok(!g.nodes.some((n) => n.missing), 'nothing dangles in this fixture');
});

test('ECS: dangling references are distinct missing nodes', () => {
  const g = graphOf('ecs-ec2-dangling');
  assert.equal(node(g, 'task-definition:reports')?.missing, true);
  assert.equal(node(g, 'container:worker/wrker')?.missing, true, 'load balancer names a container the task lacks');
  assert.equal(node(g, 'ecs-service:batch/ghost')?.missing, true, 'scaling for a service not in the workspace');
  assert.equal(node(g, 'ecs-cluster:batch')?.missing, true, 'a named cluster without a definition');
  assert.equal(node(g, 'ecs-cluster:default')?.missing, undefined, 'the default cluster always exists');
  assert.equal(node(g, 'task-definition:worker')?.missing, undefined, 'describe output (wrapped) counts as defined');
  assert.ok(has(g, 'ecs-service:default/reports', 'capacity-provider:default/EC2', 'lands-on', 'launch type'));
  assert.ok(has(g, 'ecs-service:batch/worker', 'iam-role:444455556666/AWSServiceRoleForECS', 'uses-role', 'service role'));
  assert.ok(has(g, 'load-balancer:legacy-elb', 'container:worker/worker', 'routes-to', 'port 9001'));
  assert.ok(node(g, 'container:worker/worker')?.facts.includes('ports 9000/tcp (host port dynamic), 9001/tcp (host port dynamic)'));
});

test('EKS: eksctl capacity, workloads, services, ingress, storage, identities, scaling, config', () => {
  const g = graphOf('eks-full');
  const nsOf = (id: string) => node(g, id)?.group;
  assert.ok(has(g, 'eks-cluster:platform', 'node-group:platform/general', 'has-capacity'));
  assert.ok(has(g, 'eks-cluster:platform', 'fargate-profile:platform/jobs', 'has-capacity'));
  assert.ok(has(g, 'node-group:platform/gpu', 'iam-role:777788889999/gpu-nodes', 'uses-role', 'node role'));
  assert.equal(g.groups.find((x) => x.key === 'ns:apps')?.parent, 'eks:platform', 'namespaces nest in the only cluster');
  assert.ok(has(g, 'workload:batch-2024/Job/backfill', 'fargate-profile:platform/jobs', 'lands-on', 'Fargate'), 'namespace wildcard');
  assert.ok(has(g, 'workload:apps/Deployment/billing', 'fargate-profile:platform/serverless', 'lands-on', 'Fargate'), 'namespace + labels');
  assert.ok(
    !g.edges.some((e) => e.from === 'workload:apps/Deployment/web' && e.kind === 'lands-on' && e.label === 'Fargate'),
    'labels must all match',
  );
  assert.ok(has(g, 'workload:apps/Deployment/web', 'node-group:platform/general', 'lands-on', 'nodeSelector'));
  assert.ok(has(g, 'k8s-service:apps/web', 'workload:apps/Deployment/web', 'selects'));
  assert.ok(!has(g, 'k8s-service:apps/web', 'workload:apps/Deployment/billing', 'selects'));
  assert.ok(has(g, 'load-balancer:apps/web-nlb', 'k8s-service:apps/web-nlb', 'routes-to'));
  assert.ok(has(g, 'ingress:apps/public', 'k8s-service:apps/web', 'routes-to', 'default → port 80'));
  assert.equal(node(g, 'k8s-service:apps/api')?.missing, true, 'Ingress backend not in the workspace');
  assert.equal(node(g, 'ingress:apps/public')?.label, 'ALB Ingress public');
  assert.ok(has(g, 'pvc:apps/uploads', 'storage-class:efs', 'provisions'));
  assert.ok(has(g, 'pvc:apps/scratch', 'storage-class:gp3', 'provisions', 'default class'));
  assert.equal(node(g, 'storage-class:cold-hdd')?.missing, true, 'PVC StorageClass missing');
  assert.ok(has(g, 'storage-class:gp3', 'csi-driver:ebs.csi.aws.com', 'provisions'));
  assert.ok(has(g, 'storage-class:lustre', 'csi-driver:fsx.csi.aws.com', 'provisions'));
  assert.ok(has(g, 'workload:data/StatefulSet/db', 'pvc:data/pgdata', 'mounts', '/var/lib/postgresql/data'));
  assert.ok(has(g, 'service-account:apps/web', 'iam-role:777788889999/apps-web', 'assumes', 'IRSA'));
  assert.ok(has(g, 'service-account:apps/reporter', 'iam-role:apps-reporter', 'assumes', 'IRSA'), 'eksctl iam.serviceAccounts');
  assert.ok(has(g, 'service-account:apps/billing', 'iam-role:777788889999/billing-pod-identity', 'assumes', 'Pod Identity'));
  assert.ok(has(g, 'workload:apps/Deployment/web', 'service-account:apps/web', 'runs-as'));
  assert.equal(node(g, 'service-account:monitoring/node-exporter')?.missing, true);
  assert.ok(has(g, 'hpa:apps/web', 'workload:apps/Deployment/web', 'scales'));
  assert.equal(node(g, 'workload:apps/Deployment/old-web')?.missing, true, 'HPA target missing');
  assert.ok(has(g, 'container:apps/Deployment/web/web', 'config-map:apps/web-config', 'reads-config', 'envFrom'));
  assert.ok(has(g, 'container:apps/Deployment/web/web', 'k8s-secret:apps/web-db', 'reads-secret', 'DB_PASSWORD'));
  assert.equal(node(g, 'config-map:apps/features')?.missing, true);
  assert.ok(has(g, 'workload:apps/Deployment/web', 'k8s-secret:apps/web-tls', 'reads-secret', '/etc/tls'));
  assert.ok(has(g, 'workload:default/CronJob/nightly', 'config-map:default/report-config', 'reads-config', '/etc/report'));
  assert.equal(nsOf('workload:default/CronJob/nightly'), 'ns:default', 'no namespace means default');
  assert.ok(has(g, 'container:apps/Deployment/web/migrate', 'ecr-repository:777788889999/us-west-2/web', 'pulls-image', 'tag 4.0.0'));
});

test('EKS add-ons: node pools launch from node classes inside the cluster, workloads land on the pools they ask for, KEDA scales', () => {
  const g = graphOf('eks-karpenter');
  assert.equal(node(g, 'node-pool:general')?.group, 'eks:batch', 'node pools are drawn inside the EKS cluster');
  assert.equal(node(g, 'node-class:default')?.group, 'eks:batch');
  assert.ok(has(g, 'node-pool:general', 'node-class:default', 'launches', 'node class'));
  assert.equal(node(g, 'node-class:gpu')?.missing, true, 'a node class the workspace lacks');
  assert.ok(has(g, 'node-class:default', 'iam-role:KarpenterNodeRole-batch', 'uses-role', 'node role'));
  assert.ok(node(g, 'node-pool:general')?.facts.includes('capacity spot, on-demand'));
  assert.ok(node(g, 'node-pool:gpu')?.facts.includes('taints nvidia.com/gpu:NoSchedule'));
  assert.ok(
    has(g, 'workload:shop/Deployment/web', 'node-pool:general', 'lands-on', 'nodeSelector'),
    'karpenter.sh/nodepool names the pool',
  );
  assert.ok(has(g, 'workload:ml/Job/train', 'node-pool:gpu', 'lands-on', 'tolerations'), 'tolerates the pool taint');
  assert.ok(!has(g, 'workload:ml/Job/train', 'node-pool:general', 'lands-on'), 'a pod that asks for the gpu pool only');
  assert.ok(!has(g, 'workload:shop/Deployment/web', 'node-pool:gpu', 'lands-on'), 'the gpu taint keeps untolerating pods off');
  const apiEdges = g.edges.filter((e) => e.from === 'workload:shop/Deployment/api' && e.kind === 'lands-on');
  assert.deepEqual(apiEdges, [], 'asks for the general pool label but for amd64, which the pool does not offer');
  assert.ok(!g.edges.some((e) => e.from === 'workload:shop/CronJob/cleanup' && e.kind === 'lands-on'), 'asks for no pool: no edge');
  assert.ok(
    has(g, 'scaled-object:shop/web-queue', 'workload:shop/Deployment/web', 'scales', 'KEDA'),
    'the default target kind is Deployment',
  );
  assert.ok(node(g, 'scaled-object:shop/web-queue')?.facts.includes('triggers aws-sqs-queue'));
  assert.equal(node(g, 'scaled-object:shop/web-queue')?.group, 'ns:shop');
});

test('every node kind and edge kind the model names appears in the fixtures', () => {
  const all = ['ecs-fargate', 'ecs-ec2-dangling', 'eks-full', 'ecs-deploy', 'eks-karpenter'].map((n) => graphOf(n));
  const kinds = new Set(all.flatMap((g) => g.nodes.map((n) => n.kind)));
  const edges = new Set(all.flatMap((g) => g.edges.map((e) => e.kind)));
  const expectedKinds: NodeKind[] = [
    'ecs-cluster',
    'capacity-provider',
    'ecs-service',
    'task-definition',
    'container',
    'iam-role',
    'target-group',
    'load-balancer',
    'efs',
    'ecr-repository',
    'image',
    'secret',
    'ssm-parameter',
    'scaling',
    'deploy-pipeline',
    'eks-cluster',
    'node-group',
    'fargate-profile',
    'workload',
    'k8s-service',
    'ingress',
    'pvc',
    'storage-class',
    'csi-driver',
    'service-account',
    'hpa',
    'config-map',
    'k8s-secret',
    'node-pool',
    'node-class',
    'scaled-object',
  ];
  for (const k of expectedKinds) assert.ok(kinds.has(k), `node kind ${k}`);
  const expectedEdges: EdgeKind[] = [
    'runs',
    'uses-role',
    'pulls-image',
    'mounts',
    'routes-to',
    'selects',
    'scales',
    'reads-secret',
    'reads-config',
    'lands-on',
    'provisions',
    'assumes',
    'runs-as',
    'has-capacity',
    'deploys',
  ];
  for (const k of expectedEdges) assert.ok(edges.has(k), `edge kind ${k}`);
});

test('problems: an error or warning marks the innermost node holding it; hints do not', () => {
  const files = readFolder(join(FIXTURES, 'ecs-fargate'), 'ecs-fargate');
  const ls = serviceOf(files);
  const uri = 'file:///ws/ecs-fargate/api-task-definition.json';
  const text = files.find((f) => f.uri === uri)!.text;
  const at = (needle: string, severity: Finding['severity'], message: string): Finding => ({
    offset: text.indexOf(needle),
    length: needle.length,
    severity,
    code: 'test',
    message,
  });
  const problems = new Map([
    [uri, [at('"nginx:1.27"', 'warning', 'pin a digest'), at('"1024"', 'error', 'bad size'), at('"sidecar"', 'hint', 'just a hint')]],
  ]);
  const g = buildGraph(ls.workspace, { problems });
  assert.deepEqual(node(g, 'container:api/proxy')?.problems, ['pin a digest']);
  assert.deepEqual(node(g, 'task-definition:api')?.problems, ['bad size']);
  assert.deepEqual(node(g, 'container:api/sidecar')?.problems, []);
  const r = renderDiagram(ls.workspace, { problems });
  const [mid] = Object.entries(infos(r)).find(([, info]) => info.label === 'Container proxy')!;
  assert.deepEqual(infos(r)[mid].problems, ['pin a digest']);
  assert.match(r.mermaid, new RegExp(`class [^\\n]*\\b${mid}\\b[^\\n]* problem\\n`));
  assert.match(r.mermaid, /⚠ 1 problem"/);
});

test('renderDiagram: the outline gives each printed node its kind and sources as line/character ranges', () => {
  const files = readFolder(join(FIXTURES, 'ecs-fargate'), 'ecs-fargate');
  const r = renderDiagram(serviceOf(files).workspace);
  const entry = Object.entries(infos(r)).find(([, n]) => n.label === 'Container proxy');
  assert.ok(entry);
  const [mid, info] = entry;
  assert.match(mid, /^n_[0-9a-z]+$/);
  assert.ok(r.mermaid.includes(`${mid}("Container proxy")`));
  assert.equal(info.kind, 'container');
  const text = files.find((f) => f.uri.endsWith('api-task-definition.json'))!.text;
  const line = text.slice(0, text.indexOf('"name": "proxy"')).split('\n').length - 1;
  assert.equal(info.sources[0].uri, 'file:///ws/ecs-fargate/api-task-definition.json');
  assert.equal(info.sources[0].range.start.line, line - 1, 'the container object starts on the line of its `{`');
  assert.ok(info.facts.includes('image nginx:1.27'));
  const missing = renderDiagram(serviceOf(readFolder(join(FIXTURES, 'ecs-ec2-dangling'), 'd')).workspace).outline.nodes.find(
    (n) => n.label === 'Task definition reports',
  );
  assert.equal(missing?.missing, true);
  assert.deepEqual(missing?.sources, []);
  assert.ok(r.stats.nodes > 20 && r.stats.edges > 20 && !r.stats.collapsed);
  // subgraphs are clickable too (a cluster document opens)
  assert.ok(Object.values(infos(r)).some((n) => n.kind === 'ecs-cluster' && n.label === 'ECS cluster prod' && n.sources.length === 1));
});

test('scopeUri: only the cluster/namespace of that file, with direct neighbours', () => {
  const files = [...readFolder(join(FIXTURES, 'ecs-fargate'), 'ecs-fargate'), ...readFolder(join(FIXTURES, 'eks-full'), 'eks-full')];
  const ws = serviceOf(files).workspace;
  const ecs = buildGraph(ws, { scopeUri: 'file:///ws/ecs-fargate/api-service.json' });
  assert.ok(ecs.nodes.some((n) => n.id === 'container:api/app'));
  assert.ok(
    ecs.nodes.some((n) => n.id === 'iam-role:111122223333/api-task'),
    'a neighbour outside the cluster comes along',
  );
  assert.ok(!ecs.nodes.some((n) => n.kind === 'workload' || n.kind === 'eks-cluster'));
  const data = buildGraph(ws, { scopeUri: 'file:///ws/eks-full/data.yaml' });
  assert.ok(data.nodes.some((n) => n.id === 'workload:data/StatefulSet/db'));
  assert.ok(!data.nodes.some((n) => n.id === 'workload:apps/Deployment/web'), 'another namespace stays out');
  assert.ok(!data.nodes.some((n) => n.kind === 'ecs-service'));
  const cluster = buildGraph(ws, { scopeUri: 'file:///ws/eks-full/cluster.yaml' });
  assert.ok(
    cluster.nodes.some((n) => n.id === 'workload:apps/Deployment/web'),
    'a cluster file shows the namespaces inside it',
  );
  assert.ok(!cluster.nodes.some((n) => n.kind === 'ecs-service'));
});
