import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, spanOf, tpl } from './helpers';

const text = (bucketProps: string) =>
  tpl(`  Uploads:
    Type: AWS::S3::Bucket
${bucketProps}  OnUpload:
    Type: AWS::Events::Rule
    Properties:
      EventPattern:
        source: [aws.s3]
        detail-type: [Object Created]
        detail:
          bucket:
            name: [!Ref Uploads]
`);

test('fires when the bucket does not send events to EventBridge', () => {
  const t = text('');
  const f = findings('cfn/s3-eventbridge-notifications', t);
  assert.equal(f.length, 1);
  assert.equal(spanOf(t, f[0]), '!Ref Uploads');
  assert.match(f[0].message, /EventBridgeEnabled: true/);
});

test('silent when it does, or when the setting is a function', () => {
  const on = '    Properties:\n      NotificationConfiguration:\n        EventBridgeConfiguration:\n          EventBridgeEnabled: true\n';
  assert.deepEqual(findings('cfn/s3-eventbridge-notifications', text(on)), []);
  const cond =
    '    Properties:\n      NotificationConfiguration: !If [Cond, { EventBridgeConfiguration: { EventBridgeEnabled: true } }, !Ref AWS::NoValue]\n';
  assert.deepEqual(findings('cfn/s3-eventbridge-notifications', text(cond)), []);
});
