import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, spanOf } from '../helpers';

const sc = (provisioner: string, params: string) =>
  `apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: s\nprovisioner: ${provisioner}\n${params ? `parameters:\n${params}` : ''}`;

test('eks/storageclass-parameters: EBS type, fstype, iops/throughput per type, KMS key', () => {
  const text = sc(
    'ebs.csi.aws.com',
    '  type: gp2\n  csi.storage.k8s.io/fstype: btrfs\n  iops: "3000"\n  throughput: "250"\n  kmsKeyId: 1234abcd-12ab\n',
  );
  const f = run('eks/storageclass-parameters', text);
  assert.deepEqual(
    f.map((x) => spanOf(text, x)),
    ['btrfs', '"3000"', '"250"', '1234abcd-12ab'],
  );
  assert.ok(f.every((x) => x.severity === 'error'));
  assert.match(run('eks/storageclass-parameters', sc('ebs.csi.aws.com', '  type: gp4\n'))[0].message, /does not exist/);
  const typo = run('eks/storageclass-parameters', sc('ebs.csi.aws.com', '  type: gp3\n  throughPut: "200"\n  encryptd: "true"\n'));
  assert.equal(typo.length, 1);
  assert.match(typo[0].message, /did you mean `encrypted`/);
});

test('eks/storageclass-parameters: good EBS gp3 and io2 classes pass', () => {
  assert.equal(
    run(
      'eks/storageclass-parameters',
      sc(
        'ebs.csi.aws.com',
        '  type: gp3\n  iops: "4000"\n  throughput: "250"\n  encrypted: "true"\n  kmsKeyId: arn:aws:kms:us-east-1:123456789012:key/abcd\n  csi.storage.k8s.io/fstype: xfs\n',
      ),
    ).length,
    0,
  );
  assert.equal(
    run('eks/storageclass-parameters', sc('kubernetes.io/aws-ebs', '  type: io2\n  iopsPerGB: "50"\n  fsType: ext4\n')).length,
    0,
  );
});

test('eks/storageclass-parameters: EFS needs efs-ap, fileSystemId and directoryPerms for dynamic provisioning', () => {
  const f = run('eks/storageclass-parameters', sc('efs.csi.aws.com', '  provisioningMode: efs\n  fileSystemId: fs-0123456789abcdef0\n'));
  assert.equal(f.length, 2);
  assert.match(f[0].message, /efs-ap/);
  assert.match(f[1].message, /directoryPerms/);
  assert.equal(
    run(
      'eks/storageclass-parameters',
      sc(
        'efs.csi.aws.com',
        '  provisioningMode: efs-ap\n  fileSystemId: fs-0123456789abcdef0\n  directoryPerms: "700"\n  basePath: /dyn\n',
      ),
    ).length,
    0,
  );
  // a class for static provisioning has no parameters
  assert.equal(run('eks/storageclass-parameters', sc('efs.csi.aws.com', '')).length, 0);
});

test('eks/storageclass-parameters: FSx deploymentType', () => {
  const f = run('eks/storageclass-parameters', sc('fsx.csi.aws.com', '  subnetId: subnet-1\n  deploymentType: scratch_2\n'));
  assert.equal(f.length, 1);
  assert.equal(f[0].fixes?.[0].edits[0].newText, 'SCRATCH_2');
  assert.equal(run('eks/storageclass-parameters', sc('fsx.csi.aws.com', '  subnetId: subnet-1\n  deploymentType: SCRATCH_2\n')).length, 0);
});
