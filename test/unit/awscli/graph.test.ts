/** The event-driven documents in the diagram: sources → rules and schedules → task definitions; queue → alarm → policy → service. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspace } from './helpers';
import { buildGraph } from '../../../server/src/core/graph/build';

function examples() {
  const files: Record<string, string> = {};
  for (const dir of ['aws-cli', 'ecs'])
    for (const f of readdirSync(join(process.cwd(), 'examples', dir)))
      files[`${dir}/${f}`] = readFileSync(join(process.cwd(), 'examples', dir, f), 'utf8');
  return buildGraph(workspace(files).workspace);
}

test('the examples draw the event-driven chains', () => {
  const g = examples();
  const has = (from: string, to: string, kind: string) =>
    assert.ok(
      g.edges.some((e) => e.from === from && e.to === to && e.kind === kind),
      `${from} -${kind}-> ${to}\n${g.edges.map((e) => `${e.from} -${e.kind}-> ${e.to}`).join('\n')}`,
    );
  has('s3-bucket:shop-receipts-uploads', 'event-rule:receipts-uploaded', 'emits');
  has('event-rule:receipts-uploaded', 'task-definition:shop-web', 'invokes');
  has('schedule:default/nightly-sales-report', 'task-definition:shop-worker', 'invokes');
  has('ecs-cluster:shop', 'event-rule:shop-tasks-stopped', 'emits');
  has('event-rule:shop-tasks-stopped', 'sns-topic:shop-admins', 'invokes');
  has('sqs-queue:shop-orders', 'alarm:shop-orders-backlog-high', 'emits');
  has('alarm:shop-orders-backlog-high', 'scaling:shop/shop-worker/scaling-policy/shop-worker-backlog-scale-out', 'alarms');
  has('scaling:shop/shop-worker/scaling-policy/shop-worker-backlog-scale-out', 'ecs-service:shop/shop-worker', 'scales');
  has('express-service:shop/shop-web-preview', 'ecr-repository:123456789012/eu-west-1/shop-web', 'pulls-image');
  const invoke = g.edges.find((e) => e.from === 'event-rule:receipts-uploaded' && e.kind === 'invokes');
  assert.equal(invoke?.label, 'runs task in shop');
  // the policy the alarm names is the one the ECS document defines, not a missing copy
  assert.ok(!g.nodes.find((n) => n.id === 'scaling:shop/shop-worker/scaling-policy/shop-worker-backlog-scale-out')?.missing);
});

test('ECR repositories carry their scanning, immutability and the registry settings that match them', () => {
  const g = examples();
  const repo = g.nodes.find((n) => n.id === 'ecr-repository:123456789012/eu-west-1/shop-worker');
  assert.ok(repo, g.nodes.map((n) => n.id).join());
  for (const fact of [
    'scan on push',
    'tags immutable',
    'replicated to eu-central-1 (123456789012)',
    'registry scanning enhanced, continuous scan',
  ])
    assert.ok(repo.facts.includes(fact), repo.facts.join());
});

test('an App Runner service pulls its image and says the service is closed to new customers', () => {
  const ls = workspace({
    'apprunner.json': {
      ServiceName: 'legacy',
      SourceConfiguration: { ImageRepository: { ImageIdentifier: 'public.ecr.aws/nginx/nginx:1.27', ImageRepositoryType: 'ECR_PUBLIC' } },
    },
  });
  const g = buildGraph(ls.workspace);
  const n = g.nodes.find((x) => x.kind === 'app-runner-service')!;
  assert.match(n.facts.join(), /closed to new customers/);
  assert.ok(g.edges.some((e) => e.from === n.id && e.kind === 'pulls-image'));
});
