import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt } from './helpers';

test('role ARN hover names the role and parses the ARN', () => {
  const md = hoverAt('{"family": "w", "containerDefinitions": [], "executionRoleArn": "arn:aws:iam::123456789012:role/ecs|Exec"}');
  assert.match(md, /execution role/i);
  assert.match(md, /123456789012/);
  assert.match(md, /ecsExec/);
  assert.match(hoverAt('{"family": "w", "containerDefinitions": [], "taskRoleArn": "arn:aws:iam::123456789012:role/a|pp"}'), /application/);
});

test('image hover: ECR private, Docker Hub official, missing tag', () => {
  const ecr = hoverAt(
    '{"family": "w", "containerDefinitions": [{"name": "a", "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/w|eb:1.2"}]}',
  );
  assert.match(ecr, /ECR \(private\)/);
  assert.match(ecr, /eu-west-1/);
  assert.match(ecr, /team\/web/);
  assert.match(ecr, /Tag `1.2`/);
  const hub = hoverAt('{"family": "w", "containerDefinitions": [{"name": "a", "image": "ngi|nx"}]}');
  assert.match(hub, /official/);
  assert.match(hub, /latest/);
});

test('cpu and memory hover: human sizes and Fargate combinations', () => {
  const cpu = hoverAt(
    '{"family": "w", "requiresCompatibilities": ["FARGATE"], "cpu": "10|24", "memory": "2 GB", "containerDefinitions": []}',
  );
  assert.match(cpu, /1 vCPU/);
  assert.match(cpu, /2 GiB – 8 GiB/);
  const mem = hoverAt(
    '{"family": "w", "requiresCompatibilities": ["FARGATE"], "cpu": "1024", "memory": "2 G|B", "containerDefinitions": []}',
  );
  assert.match(mem, /2 GiB/);
  assert.match(mem, /0.5 vCPU, 1 vCPU/);
});

test('service taskDefinition hover summarises the task definition from the workspace', () => {
  const others = [
    {
      uri: 'file:///ws/task-definition.json',
      text: JSON.stringify({
        family: 'web',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '512',
        memory: '1024',
        containerDefinitions: [{ name: 'app', image: 'nginx:1.27' }],
      }),
    },
  ];
  const md = hoverAt('{"serviceName": "s", "taskDefinition": "we|b:4"}', { uri: 'file:///ws/service.json', others });
  assert.match(md, /Fargate/);
  assert.match(md, /0.5 vCPU \/ 1 GiB/);
  assert.match(md, /`app` \(nginx:1.27\)/);
  assert.match(hoverAt('{"serviceName": "s", "taskDefinition": "ap|i"}', { uri: 'file:///ws/service.json' }), /not found/);
});

test('every top-level field of a task definition and a service: description, type, AWS link', () => {
  const task =
    '{"family": "w", "taskRoleArn": "arn:aws:iam::123456789012:role/a", "executionRoleArn": "arn:aws:iam::123456789012:role/e", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512", "pidMode": "task", "ephemeralStorage": {"sizeInGiB": 30}, "containerDefinitions": []}';
  for (const key of Object.keys(JSON.parse(task))) {
    const i = task.indexOf(`"${key}"`) + 2;
    const md = hoverAt(`${task.slice(0, i)}|${task.slice(i)}`);
    assert.match(md, new RegExp(`^\\*\\*${key}\\*\\* — \\S`), key);
    assert.match(md, /Type: `/, key);
    assert.match(md, /\(https:\/\/docs\.aws\.amazon\.com\/AmazonECS\//, key);
  }
  const nm = hoverAt('{"family": "w", "networkM|ode": "awsvpc", "containerDefinitions": []}');
  assert.match(nm, /Allowed: `"bridge"`, `"host"`, `"awsvpc"`, `"none"`/);
  assert.match(nm, /Default: `"bridge"`/);
  const svc =
    '{"serviceName": "s", "cluster": "c", "taskDefinition": "web", "desiredCount": 2, "launchType": "FARGATE", "platformVersion": "LATEST", "schedulingStrategy": "REPLICA"}';
  for (const key of Object.keys(JSON.parse(svc))) {
    const i = svc.indexOf(`"${key}"`) + 2;
    const md = hoverAt(`${svc.slice(0, i)}|${svc.slice(i)}`, { uri: 'file:///ws/service.json' });
    assert.match(md, /Type: `/, key);
    assert.match(md, /docs\.aws\.amazon\.com/, key);
  }
});

test('image hover: ECR Public, other registries, digests', () => {
  const pub = hoverAt('{"family": "w", "containerDefinitions": [{"name": "a", "image": "public.ecr.aws/nginx/ng|inx:1.27"}]}');
  assert.match(pub, /ECR Public/);
  assert.match(pub, /Repository `nginx\/nginx`/);
  const dig = hoverAt(`{"family": "w", "containerDefinitions": [{"name": "a", "image": "ghcr.io/acme/a|pi@sha256:${'a'.repeat(64)}"}]}`);
  assert.match(dig, /Registry `ghcr.io`/);
  assert.match(dig, /Digest/);
  assert.match(dig, /immutable/);
});

test('role hover in a wrapped describe output and on a service role', () => {
  const md = hoverAt(
    '{"taskDefinition": {"family": "w", "containerDefinitions": [], "taskRoleArn": "arn:aws-cn:iam::123456789012:role/team/a|pp"}}',
  );
  assert.match(md, /Task role/);
  assert.match(md, /partition `aws-cn`/);
  assert.match(md, /path `\/team\/`/);
  assert.match(hoverAt('{"serviceName": "s", "ro|le": "x"}', { uri: 'file:///ws/service.json' }), /Service role/);
});
