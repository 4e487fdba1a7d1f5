/**
 * One mistake, one report: where a rule and the schema know the same thing, the user sees one
 * finding (the rule's, when it explains more and carries the fix), and no message shows a regex.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { service, json, fargateTask, ec2Task, assertReportedOnce, spanOf } from './helpers';

const TASK = 'file:///ws/task-definition.json';
const SVC = 'file:///ws/service.json';

function findings(text: string, uri = TASK) {
  const all = service({ uri, text }).diagnostics(uri);
  assertReportedOnce(all, text);
  return all;
}

test('a role ARN of the wrong kind: one error, from the rule, naming what it is', () => {
  const text = json(ec2Task({ taskRoleArn: 'arn:aws:iam::123456789012:policy/x' }));
  const f = findings(text);
  assert.deepEqual(
    f.map((x) => x.code),
    ['ecs/role-arn-field'],
  );
  assert.match(f[0].message, /policy, not a role/);
  assert.equal(spanOf(text, f[0]), '"arn:aws:iam::123456789012:policy/x"');
  const svc = findings(json({ serviceName: 's', role: 'arn:aws:s3:::bucket' }), SVC);
  assert.deepEqual(
    svc.map((x) => x.code),
    ['ecs/role-arn-field'],
  );
});

test('FARGATE_SPOT as launch type: the rule explains and fixes; no second enum error', () => {
  const f = findings(json({ serviceName: 's', launchType: 'FARGATE_SPOT' }), SVC);
  assert.deepEqual(
    f.map((x) => x.code).filter((c) => c !== 'ecs/service-network-configuration'),
    ['ecs/service-launch-type-strategy'],
  );
});

test('values only the schema knows: its message, in words, never a pattern', () => {
  const cases: [string, string, RegExp][] = [
    [json(ec2Task({ family: 'my family!' })), TASK, /letters, digits, hyphens and underscores/],
    [json(ec2Task({}, { image: 'nginx latest' })), TASK, /image reference/],
    [json(ec2Task({ volumes: [{ name: 'd', efsVolumeConfiguration: { fileSystemId: 'efs-1' } }] })), TASK, /fs-0123456789abcdef0/],
    [
      json({ serviceName: 's', loadBalancers: [{ targetGroupArn: 'my-tg', containerName: 'a', containerPort: 80 }] }),
      SVC,
      /target group ARN/,
    ],
    [
      json({
        ServiceNamespace: 'ecs',
        ResourceId: 'cluster/x',
        ScalableDimension: 'ecs:service:DesiredCount',
        MinCapacity: 1,
        MaxCapacity: 2,
      }),
      'file:///ws/scalable-target.json',
      /service\/CLUSTER\/SERVICE/,
    ],
  ];
  for (const [text, uri, want] of cases) {
    const schema = findings(text, uri).filter((x) => x.code === 'schema');
    assert.equal(schema.length, 1, `${uri}: ${JSON.stringify(schema.map((s) => s.message))}`);
    assert.match(schema[0].message, want);
  }
});

test('an image the schema already rejects is not also flagged by ecs/image-reference', () => {
  const f = findings(json(ec2Task({}, { image: 'nginx latest' })));
  assert.deepEqual(
    f.map((x) => x.code),
    ['schema'],
  );
  // upper-case repositories pass AWS's character check but cannot be pulled: the rule's warning alone
  const upper = findings(json(ec2Task({}, { image: 'MyOrg/App:1.0' })));
  assert.deepEqual(
    upper.map((x) => `${x.code} ${x.severity}`),
    ['ecs/image-reference warning'],
  );
});

test('container memory below the schema minimum and a non-number cpu are reported once', () => {
  assert.equal(findings(json(ec2Task({}, { memory: 0 }))).length, 1);
  assert.equal(
    findings(json(fargateTask({ cpu: 'lots' }))).filter((x) => x.code === 'schema' || x.code === 'ecs/fargate-cpu-memory').length,
    1,
  );
  assert.equal(
    findings(json(fargateTask({ memory: 'lots' }))).filter((x) => x.code === 'schema' || x.code === 'ecs/fargate-cpu-memory').length,
    1,
  );
});

test('an all-caps role name is one placeholder warning, from the role rule', () => {
  const f = findings(json(ec2Task({ taskRoleArn: 'TASK_ROLE_ARN' })));
  assert.deepEqual(
    f.map((x) => `${x.code} ${x.severity}`),
    ['ecs/role-arn-field warning'],
  );
  assert.match(f[0].message, /placeholder "TASK_ROLE_ARN"/);
});

test('placeholders are one warning, whether the whole value or part of it', () => {
  for (const v of [
    '$$$TASK_ROLE$$$',
    '{INSERT your task role}',
    'arn:aws:iam::XXXXXXXXXXXX:role/app',
    'arn:aws:iam::${AWS_ACCOUNT_ID}:role/app',
    'arn:aws:iam::aws_account_id:role/app',
    'arn:aws:iam::xxxxxxxxxxxx:role/app',
    'arn:aws:iam::$ACCOUNT:role/app',
    '<task role>',
  ]) {
    const f = findings(json(ec2Task({ taskRoleArn: v })));
    assert.deepEqual(
      f.map((x) => `${x.code} ${x.severity}`),
      ['placeholder warning'],
      v,
    );
  }
});
