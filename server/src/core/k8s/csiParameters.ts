/**
 * StorageClass provisioners on EKS and the `parameters` their CSI drivers read, for completion
 * and for the StorageClass rule. Facts from the drivers' sources and docs at these versions
 * (words are ours):
 * - EBS CSI driver v1.64.0: pkg/driver/constants.go (parameter keys, read case-insensitively),
 *   pkg/driver/node.go `ValidFSTypes` (ext3, ext4, xfs, and ntfs for Windows nodes; no ext2),
 *   pkg/cloud/cloud.go (volume types).
 * - EFS CSI driver v3.4.1: pkg/driver/controller.go (provisioningMode `efs-ap` or `s3files-ap`,
 *   the latter since v3.0.0; the file system given by fileSystemId, fileSystemIdConfigRef or
 *   fileSystemIdSecretRef), docs/parameters.md.
 * - FSx for Lustre CSI driver v1.9.0: pkg/driver/controller.go (parameter keys).
 */
export interface CsiParameter {
  key: string;
  values?: string[];
  description: string;
  example?: string;
}
export interface Provisioner {
  name: string;
  description: string;
  url: string;
  parameters: CsiParameter[];
}

export const EBS_PARAMETERS: CsiParameter[] = [
  { key: 'type', values: ['gp3', 'gp2', 'io1', 'io2', 'sc1', 'st1', 'standard'], description: 'EBS volume type (default gp3).' },
  {
    key: 'csi.storage.k8s.io/fstype',
    values: ['ext4', 'xfs', 'ext3', 'ntfs'],
    description: 'File system created on the volume (default ext4; ntfs for Windows nodes).',
  },
  { key: 'iops', description: 'Provisioned IOPS (io1, io2, gp3 only).', example: '3000' },
  { key: 'iopsPerGB', description: "IOPS per GiB of size (io1, io2, gp3 only); capped by the type's limits.", example: '50' },
  {
    key: 'allowAutoIOPSPerGBIncrease',
    values: ['true', 'false'],
    description: "Raise IOPS to the type's minimum when iopsPerGB × size is too low.",
  },
  {
    key: 'allowAutoIOPSIncreaseOnModify',
    values: ['true', 'false'],
    description: 'Keep iopsPerGB × size when the volume is resized (IOPS follow the new size).',
  },
  { key: 'volumeInitializationRate', description: 'MiB/s to initialize a volume created from a snapshot (100-300).', example: '100' },
  { key: 'throughput', description: 'Throughput in MiB/s (gp3 only, 125-2000).', example: '125' },
  { key: 'encrypted', values: ['true', 'false'], description: "Encrypt the volume (with kmsKeyId, or the account's default EBS key)." },
  { key: 'kmsKeyId', description: 'Full ARN of the KMS key for encryption.', example: 'arn:aws:kms:us-east-1:123456789012:key/…' },
  {
    key: 'blockExpress',
    values: ['true', 'false'],
    description: 'Deprecated and ignored: every io2 volume now allows up to 256,000 IOPS.',
  },
  { key: 'blockSize', description: 'File system block size in bytes.' },
  { key: 'inodeSize', description: 'Inode size in bytes (ext3/ext4/xfs).' },
  { key: 'bytesPerInode', description: 'Bytes per inode (ext3/ext4).' },
  { key: 'numberOfInodes', description: 'Number of inodes (ext3/ext4).' },
  { key: 'ext4BigAlloc', values: ['true', 'false'], description: 'Use ext4 bigalloc clusters.' },
  { key: 'ext4ClusterSize', description: 'Cluster size in bytes when bigalloc is on.' },
  { key: 'ext4EncryptionSupport', values: ['true', 'false'], description: 'Format ext4 with file-system-level encryption support.' },
  {
    key: 'blockAttachUntilInitialized',
    values: ['true', 'false'],
    description: 'Wait to attach a volume restored from a snapshot until it is fully initialized.',
  },
  { key: 'fsType', values: ['ext4', 'xfs', 'ext3', 'ntfs'], description: 'Old spelling of csi.storage.k8s.io/fstype.' },
  {
    key: 'tagSpecification_1',
    description: 'Extra tag for each volume as key=value (tagSpecification_2, _3… for more).',
    example: 'team=payments',
  },
  { key: 'outpostArn', description: 'ARN of the AWS Outpost to create volumes on.' },
];

export const EFS_PARAMETERS: CsiParameter[] = [
  {
    key: 'provisioningMode',
    values: ['efs-ap', 's3files-ap'],
    description: 'One access point per volume (required): efs-ap on an EFS file system, s3files-ap on an Amazon S3 Files file system.',
  },
  {
    key: 'fileSystemId',
    description: 'The file system the access points are created in (this, or one of the two refs below).',
    example: 'fs-0123456789abcdef0',
  },
  {
    key: 'fileSystemIdConfigRef',
    description: 'Read the file system ID from a ConfigMap: namespace/name/key.',
    example: 'kube-system/efs-config/fileSystemId',
  },
  {
    key: 'fileSystemIdSecretRef',
    description: 'Read the file system ID from a Secret: namespace/name/key.',
    example: 'kube-system/efs-secret/fileSystemId',
  },
  { key: 'directoryPerms', description: "Permissions of each access point's root directory, octal (required).", example: '700' },
  { key: 'uid', description: 'POSIX user ID applied to the access point.' },
  { key: 'gid', description: 'POSIX group ID applied to the access point.' },
  { key: 'gidRangeStart', description: 'Start of the range of group IDs given to access points.', example: '1000' },
  { key: 'gidRangeEnd', description: 'End of the range of group IDs given to access points.', example: '2000' },
  { key: 'basePath', description: 'Directory under which access point roots are created.', example: '/dynamic_provisioning' },
  { key: 'subPathPattern', description: "Pattern for each access point's directory, e.g. ${.PVC.namespace}/${.PVC.name}." },
  { key: 'ensureUniqueDirectory', values: ['true', 'false'], description: 'Add a UUID to each directory so two volumes never share one.' },
  { key: 'reuseAccessPoint', values: ['true', 'false'], description: 'Reuse an existing access point with the same name.' },
  { key: 'az', description: 'Preferred availability zone of the mount target (cross-account provisioning).' },
  { key: 'enforceZoneAffinity', values: ['true', 'false'], description: "Pin volumes to the file system's zone (EFS One Zone)." },
  { key: 'enableTagging', values: ['true', 'false'], description: 'Tag each access point the driver creates (default true).' },
];

export const FSX_PARAMETERS: CsiParameter[] = [
  { key: 'subnetId', description: 'Subnet the file system is created in (required).', example: 'subnet-0123456789abcdef0' },
  { key: 'securityGroupIds', description: 'Comma-separated security groups for the file system.', example: 'sg-0123456789abcdef0' },
  {
    key: 'deploymentType',
    values: ['SCRATCH_1', 'SCRATCH_2', 'PERSISTENT_1', 'PERSISTENT_2'],
    description: 'FSx for Lustre deployment type (default SCRATCH_1).',
  },
  {
    key: 'perUnitStorageThroughput',
    values: ['50', '100', '125', '200', '250', '500', '1000'],
    description: 'MB/s per TiB for PERSISTENT deployment types.',
  },
  { key: 'storageType', values: ['SSD', 'HDD'], description: 'Storage type (HDD only for PERSISTENT_1).' },
  { key: 'driveCacheType', values: ['NONE', 'READ'], description: 'Drive cache for HDD storage.' },
  { key: 'dataCompressionType', values: ['NONE', 'LZ4'], description: 'Data compression.' },
  { key: 's3ImportPath', description: 'S3 bucket/prefix to import data from (data repository).', example: 's3://bucket/prefix' },
  { key: 's3ExportPath', description: 'S3 path to export data to.' },
  {
    key: 'autoImportPolicy',
    values: ['NONE', 'NEW', 'NEW_CHANGED', 'NEW_CHANGED_DELETED'],
    description: 'Keep the file system in sync with S3 changes.',
  },
  { key: 'kmsKeyId', description: 'KMS key for encryption at rest (PERSISTENT types).' },
  { key: 'fileSystemTypeVersion', values: ['2.10', '2.12', '2.15'], description: 'Lustre version.' },
  { key: 'weeklyMaintenanceStartTime', description: 'Maintenance window, d:HH:MM.', example: '7:09:00' },
  { key: 'dailyAutomaticBackupStartTime', description: 'Daily backup window start, HH:MM (UTC).', example: '03:00' },
  { key: 'metadataConfigurationMode', values: ['AUTOMATIC', 'USER_PROVISIONED'], description: 'Metadata IOPS mode (PERSISTENT_2).' },
  { key: 'metadataIops', description: 'Metadata IOPS when metadataConfigurationMode is USER_PROVISIONED.', example: '1500' },
  { key: 'automaticBackupRetentionDays', description: 'Days to keep automatic backups (PERSISTENT types).' },
  { key: 'copyTagsToBackups', values: ['true', 'false'], description: "Copy the file system's tags to backups." },
  { key: 'extraTags', description: 'Extra tags as key=value,key=value.' },
  { key: 'efaEnabled', values: ['true', 'false'], description: 'Use EFA networking (PERSISTENT_2).' },
];

export const PROVISIONERS: Provisioner[] = [
  {
    name: 'ebs.csi.aws.com',
    description: 'Amazon EBS CSI driver: block volumes, ReadWriteOnce, one AZ.',
    url: 'https://github.com/kubernetes-sigs/aws-ebs-csi-driver/blob/master/docs/parameters.md',
    parameters: EBS_PARAMETERS,
  },
  {
    name: 'ebs.csi.eks.amazonaws.com',
    description: 'EBS storage built into EKS Auto Mode clusters.',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/create-storage-class.html',
    parameters: EBS_PARAMETERS,
  },
  {
    name: 'efs.csi.aws.com',
    description: 'Amazon EFS CSI driver: shared NFS file systems, ReadWriteMany, works on Fargate.',
    url: 'https://github.com/kubernetes-sigs/aws-efs-csi-driver/blob/master/docs/README.md',
    parameters: EFS_PARAMETERS,
  },
  {
    name: 'fsx.csi.aws.com',
    description: 'Amazon FSx for Lustre CSI driver: high-throughput parallel file systems.',
    url: 'https://github.com/kubernetes-sigs/aws-fsx-csi-driver',
    parameters: FSX_PARAMETERS,
  },
  {
    name: 'kubernetes.io/aws-ebs',
    description: 'Legacy in-tree EBS provisioner; calls are redirected to the EBS CSI driver (install it). Prefer ebs.csi.aws.com.',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html',
    parameters: EBS_PARAMETERS,
  },
];

export function provisioner(name: string): Provisioner | undefined {
  return PROVISIONERS.find((p) => p.name === name);
}
