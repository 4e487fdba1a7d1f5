import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPlaceholder } from '../../../server/src/core/text/placeholder';

test('template placeholders are recognised', () => {
  for (const s of [
    '${IMAGE}',
    '$(TAG)',
    '<ACCOUNT_ID>',
    '{{ .Values.image }}',
    'arn:aws:iam::XXXXXXXXXXXX:role/x',
    'vpc-xxxxxxxxxxxxxxxxx',
    'subnet-xxxxxx',
    'CHANGEME',
    '__ROLE__',
  ]) {
    assert.ok(isPlaceholder(s), s);
  }
});

test('ordinary values are not placeholders', () => {
  for (const s of ['vpc-0a1b2c3d4e5f60789', 'nginx:1.27', 'arn:aws:iam::123456789012:role/app', 'fluent-bit', 'max-x', 'box-xx']) {
    assert.ok(!isPlaceholder(s), s);
  }
});
