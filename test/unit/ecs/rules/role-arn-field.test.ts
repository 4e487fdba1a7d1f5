import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, ec2Task, service } from '../helpers';

const ID = 'ecs/role-arn-field';

test('non-role ARNs fire; role ARNs pass; bare names are information', () => {
  assert.equal(run(ID, json(ec2Task({ taskRoleArn: 'arn:aws:iam::123456789012:policy/x' }))).length, 1);
  assert.equal(run(ID, json(ec2Task({ executionRoleArn: 'arn:aws:s3:::bucket' }))).length, 1);
  assert.equal(run(ID, json(ec2Task({ taskRoleArn: 'arn:aws-cn:iam::123456789012:role/service-role/app' }))).length, 0);
  const name = run(ID, json(ec2Task({ taskRoleArn: 'appRole' })));
  assert.equal(name.length, 1);
  assert.equal(name[0].severity, 'information');
  assert.equal(
    run(ID, json({ serviceName: 's', cluster: 'c', role: 'arn:aws:iam::123456789012:user/x' }), { uri: 'file:///ws/service.json' }).length,
    1,
  );
});

test('other partitions pass; an empty role means none; placeholders are left to the schema placeholder warning', () => {
  assert.equal(run(ID, json(ec2Task({ taskRoleArn: 'arn:aws-iso-b:iam::123456789012:role/app' }))).length, 0);
  assert.equal(run(ID, json(ec2Task({ taskRoleArn: '' }))).length, 0);
  const uri = 'file:///ws/task-definition.json';
  for (const v of [
    '',
    'REPLACE_ME_ECS_TASK_ROLE_ARN',
    'arn:aws:iam::<ACCOUNT_ID>:role/app',
    'arn:aws:iam::aws_account_id:role/app',
    'arn:aws:iam::xxxxxxxxxxxx:role/app',
    'arn:aws:iam::${AWS_ACCOUNT_ID}:role/app',
    'arn:aws:iam::$ACCOUNT:role/app',
    'arn:aws:iam::{{ .Account }}:role/app',
  ]) {
    const all = service({ uri, text: json(ec2Task({ taskRoleArn: v })) }).diagnostics(uri);
    assert.ok(
      all.every((f) => f.code === 'placeholder' && f.severity === 'warning') && all.length <= 1,
      `${v}: ${JSON.stringify(all.map((f) => f.message))}`,
    );
  }
});
