import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, json, fargateTask, assertFix } from '../helpers';

const ID = 'ecs/efs-volume';
const vol = (efs: Record<string, unknown>) =>
  json(fargateTask({ volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-12345678', ...efs } }] }));

test('IAM without TLS fires; the fix enables transit encryption', () => {
  const bad = vol({ authorizationConfig: { iam: 'ENABLED' } });
  assert.equal(run(ID, bad).length, 1);
  assertFix(
    ID,
    bad,
    bad.replace('"fileSystemId": "fs-12345678",', '"fileSystemId": "fs-12345678",\n        "transitEncryption": "ENABLED",'),
  );
  assert.equal(run(ID, vol({ transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED' } })).length, 0);
});

test('access point with a root directory fires; the fix removes it', () => {
  const bad = vol({ rootDirectory: '/data', transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-123' } });
  assert.equal(run(ID, bad).length, 1);
  assertFix(ID, bad, bad.replace('\n        "rootDirectory": "/data",', ''));
  assert.equal(
    run(ID, vol({ rootDirectory: '/', transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-123' } })).length,
    0,
  );
});
