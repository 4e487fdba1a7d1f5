import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeAt, json, fargateTask, ec2Task } from './helpers';

const labels = (items: { label: string }[]) => items.map((i) => i.label);

test('Fargate memory values follow the chosen cpu', () => {
  const items = completeAt(
    '{\n  "family": "web",\n  "requiresCompatibilities": ["FARGATE"],\n  "cpu": "512",\n  "memory": |\n  "containerDefinitions": []\n}',
  );
  const mem = labels(items);
  assert.deepEqual(
    mem.filter((l) => /^\d+$/.test(l)),
    ['1024', '2048', '3072', '4096'],
  );
  assert.equal(items.find((i) => i.label === '2048')!.insertText, '"2048"');
});

test('cpu values list the Fargate sizes, fitting ones first', () => {
  const items = completeAt('{\n  "family": "web",\n  "requiresCompatibilities": ["FARGATE"],\n  "memory": "512",\n  "cpu": "|"\n}');
  const cpu = items.filter((i) => /^\d+$/.test(i.label));
  assert.equal(cpu.length, 7);
  assert.equal([...cpu].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))[0].label, '256');
});

test('awslogs option keys, without the ones already there; YAML too', () => {
  const j = completeAt(
    '{"family": "w", "containerDefinitions": [{"name": "a", "image": "x:1", "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "g", |}}}]}',
  );
  const keys = labels(j);
  assert.ok(keys.includes('awslogs-region') && keys.includes('awslogs-stream-prefix') && keys.includes('mode'));
  assert.ok(!keys.includes('awslogs-group'));
  assert.equal(j.find((i) => i.label === 'awslogs-region')!.insertText, '"awslogs-region": "$1"');
  const y = completeAt(
    'family: w\ncontainerDefinitions:\n  - name: a\n    image: x:1\n    logConfiguration:\n      logDriver: splunk\n      options:\n        splunk-url: https://x\n        |\n',
    { uri: 'file:///ws/task-definition.yaml' },
  );
  const yk = labels(y);
  assert.ok(yk.includes('splunk-token'));
  assert.ok(!yk.includes('splunk-url'));
  assert.ok(!yk.includes('awslogs-group'));
});

test('service: task definition families, cluster names, load balancer container names and ports', () => {
  const others = [
    {
      uri: 'file:///ws/task-definition.json',
      text: json(fargateTask({}, { portMappings: [{ containerPort: 80 }, { containerPort: 443 }] })),
    },
    { uri: 'file:///ws/cluster.json', text: json({ clusterName: 'prod', capacityProviders: ['FARGATE'] }) },
  ];
  const uri = 'file:///ws/service.json';
  assert.ok(labels(completeAt('{"serviceName": "s", "taskDefinition": "|"}', { uri, others })).includes('web'));
  assert.ok(labels(completeAt('{"serviceName": "s", "cluster": |}', { uri, others })).includes('prod'));
  const name = labels(
    completeAt('{"serviceName": "s", "taskDefinition": "web", "loadBalancers": [{"containerName": "|"}]}', { uri, others }),
  );
  assert.ok(name.includes('app'));
  const port = labels(
    completeAt('{"serviceName": "s", "taskDefinition": "web", "loadBalancers": [{"containerName": "app", "containerPort": |}]}', {
      uri,
      others,
    }),
  );
  assert.ok(port.includes('80') && port.includes('443'));
});

test('role ARNs used elsewhere in the workspace are offered', () => {
  const others = [
    {
      uri: 'file:///ws/other-task-definition.json',
      text: json(ec2Task({ family: 'other', taskRoleArn: 'arn:aws:iam::123456789012:role/app' })),
    },
  ];
  const items = completeAt('{"family": "web", "containerDefinitions": [], "taskRoleArn": "|"}', { others });
  assert.ok(labels(items).includes('arn:aws:iam::123456789012:role/app'));
});

test('YAML: memory values stay strings', () => {
  const items = completeAt('family: web\nrequiresCompatibilities: [FARGATE]\ncpu: "256"\nmemory: |\ncontainerDefinitions: []\n', {
    uri: 'file:///ws/task-definition.yaml',
  });
  const m = items.filter((i) => /^\d+$/.test(i.label));
  assert.deepEqual(
    m.map((i) => i.label),
    ['512', '1024', '2048'],
  );
  assert.equal(m[0].insertText, '"512"');
});

test('keys: objects and arrays come as snippet skeletons; keys already present are never proposed', () => {
  const items = completeAt('{\n  "family": "web",\n  "networkMode": "awsvpc",\n  |\n  "containerDefinitions": []\n}');
  const keys = labels(items);
  for (const present of ['family', 'networkMode', 'containerDefinitions']) assert.ok(!keys.includes(present), present);
  const volumes = items.find((i) => i.label === 'volumes')!;
  assert.ok(volumes.snippet);
  assert.match(volumes.insertText, /^"volumes": \[\s*\{[\s\S]*\$1[\s\S]*\}\s*\]$/);
  assert.match(items.find((i) => i.label === 'ephemeralStorage')!.insertText, /^"ephemeralStorage": \{[\s\S]*\}$/);
  // inside a container: its own keys, minus those written
  const c = labels(completeAt('{"family": "w", "containerDefinitions": [{"name": "a", "image": "x:1", |}]}'));
  assert.ok(c.includes('portMappings') && c.includes('logConfiguration') && c.includes('healthCheck'));
  assert.ok(!c.includes('name') && !c.includes('image') && !c.includes('family'));
});

test('enum values for enum fields, in the file syntax', () => {
  const j = completeAt('{"family": "w", "networkMode": |, "containerDefinitions": []}');
  assert.deepEqual(labels(j).sort(), ['awsvpc', 'bridge', 'host', 'none']);
  assert.equal(j.find((i) => i.label === 'awsvpc')!.insertText, '"awsvpc"');
  const y = completeAt('serviceName: s\nlaunchType: |\n', { uri: 'file:///ws/service.yaml' });
  assert.deepEqual(labels(y).sort(), ['EC2', 'EXTERNAL', 'FARGATE', 'MANAGED_INSTANCES']);
  assert.equal(y.find((i) => i.label === 'FARGATE')!.insertText, 'FARGATE');
});

test('log options: known values of the chosen driver option', () => {
  const items = completeAt(
    '{"family": "w", "containerDefinitions": [{"name": "a", "image": "x:1", "logConfiguration": {"logDriver": "awslogs", "options": {"mode": "|"}}}]}',
  );
  assert.deepEqual(labels(items).sort(), ['blocking', 'non-blocking']);
});
