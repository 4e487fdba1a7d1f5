/** Console addresses in the three public partitions: regional hosts in `aws`, one host each in China and GovCloud. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arnConsoleUrl, ecrImageUrl, logGroupUrl, regionHint } from '../../../server/src/core/nav/consoleLinks';

test('an IAM role opens in its own partition’s console', () => {
  assert.equal(arnConsoleUrl('arn:aws:iam::123456789012:role/app'), 'https://console.aws.amazon.com/iam/home#/roles/details/app');
  assert.equal(arnConsoleUrl('arn:aws-cn:iam::123456789012:role/app'), 'https://console.amazonaws.cn/iam/home#/roles/details/app');
  assert.equal(
    arnConsoleUrl('arn:aws-us-gov:iam::123456789012:role/path/app'),
    'https://console.amazonaws-us-gov.com/iam/home#/roles/details/app',
  );
});

test('regional pages: a host per region in aws, the partition’s host with the region in the query elsewhere', () => {
  assert.equal(
    arnConsoleUrl('arn:aws:ecs:eu-west-1:123456789012:cluster/prod'),
    'https://eu-west-1.console.aws.amazon.com/ecs/v2/clusters/prod?region=eu-west-1',
  );
  assert.equal(
    arnConsoleUrl('arn:aws-cn:ecs:cn-north-1:123456789012:cluster/prod'),
    'https://console.amazonaws.cn/ecs/v2/clusters/prod?region=cn-north-1',
  );
  assert.equal(
    arnConsoleUrl('arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/abcd'),
    'https://console.amazonaws-us-gov.com/kms/home?region=us-gov-west-1#/kms/keys/abcd',
  );
  assert.match(logGroupUrl('/ecs/web', 'cn-northwest-1'), /^https:\/\/console\.amazonaws\.cn\/cloudwatch\/home\?region=cn-northwest-1#/);
});

test('ECR images in China end in .amazonaws.com.cn; other partitions and unknown ones give no link', () => {
  assert.equal(
    ecrImageUrl('123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/shop/web:1'),
    'https://console.amazonaws.cn/ecr/repositories/private/123456789012/shop/web?region=cn-north-1',
  );
  assert.equal(arnConsoleUrl('arn:aws-iso:iam::123456789012:role/app'), undefined);
  assert.equal(regionHint(['arn:aws-us-gov:logs:us-gov-east-1:123456789012:log-group:x']), 'us-gov-east-1');
});
