import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, ec2Task } from '../helpers';

const ID = 'ecs/image-reference';
const img = (image: string) => run(ID, json(ec2Task({}, { image })));

test('latest or no tag warns; pinned tags, digests and placeholders pass', () => {
  assert.equal(img('nginx').length, 1);
  assert.equal(img('nginx:latest').length, 1);
  assert.equal(img('Nginx:1.0').length, 1);
  for (const ok of [
    'nginx:1.27',
    '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/web:2024-01-01',
    'public.ecr.aws/nginx/nginx:1.27',
    `busybox@sha256:${'a'.repeat(64)}`,
    '${IMAGE}',
    '<your image>',
  ]) {
    assert.equal(img(ok).length, 0, ok);
  }
});
