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

test('eks/storageclass-parameters: what the drivers accept today is silent (EBS v1.64.0, EFS v3.4.1, FSx v1.9.0)', () => {
  // Windows nodes format EBS volumes as NTFS
  assert.deepEqual(run('eks/storageclass-parameters', sc('ebs.csi.aws.com', '  type: gp3\n  csi.storage.k8s.io/fstype: ntfs\n')), []);
  assert.deepEqual(
    run(
      'eks/storageclass-parameters',
      sc('ebs.csi.aws.com', '  type: gp3\n  volumeInitializationRate: "100"\n  allowAutoIOPSIncreaseOnModify: "true"\n'),
    ),
    [],
  );
  // S3 Files access points, and the file system ID read from a ConfigMap
  assert.deepEqual(
    run(
      'eks/storageclass-parameters',
      sc('efs.csi.aws.com', '  provisioningMode: s3files-ap\n  fileSystemId: fs-0123456789abcdef0\n  directoryPerms: "700"\n'),
    ),
    [],
  );
  assert.deepEqual(
    run(
      'eks/storageclass-parameters',
      sc(
        'efs.csi.aws.com',
        '  provisioningMode: efs-ap\n  fileSystemIdConfigRef: kube-system/efs/id\n  directoryPerms: "700"\n  enforceZoneAffinity: "true"\n',
      ),
    ),
    [],
  );
  assert.deepEqual(
    run(
      'eks/storageclass-parameters',
      sc('fsx.csi.aws.com', '  subnetId: subnet-0123\n  deploymentType: SCRATCH_2\n  metadataConfigurationMode: AUTOMATIC\n'),
    ),
    [],
  );
  // ext2 is not among the EBS driver's file systems; an unknown mode is still an error
  assert.equal(run('eks/storageclass-parameters', sc('ebs.csi.aws.com', '  csi.storage.k8s.io/fstype: ext2\n')).length, 1);
  assert.match(
    run(
      'eks/storageclass-parameters',
      sc('efs.csi.aws.com', '  provisioningMode: efs-dir\n  fileSystemId: fs-0123456789abcdef0\n  directoryPerms: "700"\n'),
    )[0].message,
    /s3files-ap/,
  );
});
