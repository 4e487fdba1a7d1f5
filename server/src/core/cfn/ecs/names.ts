/**
 * CloudFormation property names → the ECS and Application Auto Scaling API's names, so a
 * template's `AWS::ECS::*` resource becomes the value the ECS rules already check.
 *
 * ECS: the API is camelCase, CloudFormation PascalCase; the first run of capitals is lowered
 * (`IAM` → `iam`, `EFSVolumeConfiguration` → `efsVolumeConfiguration`). The names that differ in
 * more than case were found by comparing the CloudFormation resource specification
 * (`@aws-cdk/aws-service-spec`) with the ECS API model (`schemas/ecs/*.schema.json`);
 * test/unit/cfn/ecsNames.test.ts checks the table against both.
 * Application Auto Scaling: the API is PascalCase too; only CloudFormation-only properties go.
 */
import type { EcsDocType } from '../../ecs/kind';

/** the API document type of each CloudFormation resource type the ECS rules read */
export const ECS_RESOURCE_TYPES: Record<string, EcsDocType> = {
  'AWS::ECS::TaskDefinition': 'task-definition',
  'AWS::ECS::Service': 'service',
  'AWS::ECS::Cluster': 'cluster',
  'AWS::ApplicationAutoScaling::ScalableTarget': 'scalable-target',
  'AWS::ApplicationAutoScaling::ScalingPolicy': 'scaling-policy',
};

/** names that differ in more than case */
const RENAMED: Record<string, string> = {
  FSxWindowsFileServerVolumeConfiguration: 'fsxWindowsFileServerVolumeConfiguration',
  FilesystemId: 'fileSystemId',
  PlacementStrategies: 'placementStrategy',
  ClusterSettings: 'settings',
  ProxyConfigurationProperties: 'properties',
};

/** CloudFormation-only top-level properties, per type (they have no API field) */
const CFN_ONLY: Record<string, readonly string[]> = {
  'AWS::ECS::Service': ['ForceNewDeployment'],
  'AWS::ApplicationAutoScaling::ScalableTarget': ['ScheduledActions'],
  'AWS::ApplicationAutoScaling::ScalingPolicy': ['ScalingTargetId'],
};

/** properties whose value is a map of the user's own keys (kept as written) */
export const MAP_VALUED = new Set(['Options', 'DockerLabels', 'DriverOpts', 'Labels']);

/** API fields that are integers (CloudFormation also takes them as strings such as "80") */
export const INTEGER_FIELDS = new Set([
  'containerPort',
  'hostPort',
  'memoryReservation',
  'desiredCount',
  'maximumPercent',
  'minimumHealthyPercent',
  'healthCheckGracePeriodSeconds',
  'base',
  'weight',
  'sizeInGiB',
  'interval',
  'retries',
  'timeout',
  'startPeriod',
  'softLimit',
  'hardLimit',
  'startTimeout',
  'stopTimeout',
  'transitEncryptionPort',
  'port',
  'MinCapacity',
  'MaxCapacity',
]);
/** API fields that are booleans (CloudFormation also takes "true"/"false") */
export const BOOLEAN_FIELDS = new Set([
  'essential',
  'readonlyRootFilesystem',
  'privileged',
  'initProcessEnabled',
  'readOnly',
  'enableExecuteCommand',
  'enableECSManagedTags',
]);

/** the API name of a CloudFormation property of `type` (undefined: CloudFormation-only, dropped) */
export function apiName(type: string, cfnName: string, topLevel: boolean): string | undefined {
  if (topLevel && CFN_ONLY[type]?.includes(cfnName)) return undefined;
  if (type.startsWith('AWS::ApplicationAutoScaling::')) return cfnName;
  return RENAMED[cfnName] ?? lowerFirstRun(cfnName);
}

/** `IAM` → `iam`, `EFSVolumeConfiguration` → `efsVolumeConfiguration`, `SizeInGiB` → `sizeInGiB` */
export function lowerFirstRun(name: string): string {
  const m = /^[A-Z]+/.exec(name);
  if (!m) return name;
  const run = m[0];
  // in `EFSVolume` the V starts the next word; a run to the end (`IAM`) is lowered whole
  const cut = run.length > 1 && run.length < name.length && /[a-z]/.test(name[run.length]) ? run.length - 1 : run.length;
  return name.slice(0, cut).toLowerCase() + name.slice(cut);
}
