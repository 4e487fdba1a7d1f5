/** The ECS rules, in the order they appear in docs and the rule table. */
import type { Rule } from '../rule';
import { fargateNetworkMode } from './fargateNetworkMode';
import { noneNetworkPorts } from './noneNetworkPorts';
import { hostPortMismatch } from './hostPortMismatch';
import { dynamicPortMode } from './dynamicPortMode';
import { portProtocolConflict } from './portProtocolConflict';
import { noEssentialContainer } from './noEssentialContainer';
import { containerMemory } from './containerMemory';
import { fargateCpuMemory } from './fargateCpuMemory';
import { fargateContainerCpuSum } from './fargateContainerCpuSum';
import { linksBridgeOnly } from './linksBridgeOnly';
import { fargateUnsupported } from './fargateUnsupported';
import { ephemeralStorage } from './ephemeralStorage';
import { logDriver } from './logDriver';
import { awslogsOptions } from './awslogsOptions';
import { healthCheckCommand } from './healthCheckCommand';
import { secretValueFrom } from './secretValueFrom';
import { secretsNeedExecutionRole } from './secretsNeedExecutionRole';
import { executionRoleNeeded } from './executionRoleNeeded';
import { efsVolume } from './efsVolume';
import { imageReference } from './imageReference';
import { codePipelineImageRule } from './codePipelineImage';
import { roleArnField } from './roleArnField';
import { describeOutputFields } from './describeOutputFields';
import { serviceLaunchTypeStrategy } from './serviceLaunchTypeStrategy';
import { serviceNetworkConfiguration } from './serviceNetworkConfiguration';
import { serviceLoadBalancerContainer } from './serviceLoadBalancerContainer';
import { serviceDeploymentPercent } from './serviceDeploymentPercent';
import { serviceSchedulingStrategy } from './serviceSchedulingStrategy';
import { serviceTaskCompatibility } from './serviceTaskCompatibility';
import { serviceTaskDefinitionMissing } from './serviceTaskDefinitionMissing';
import { serviceCapacityProviderCluster } from './serviceCapacityProviderCluster';
import { requiresCompatibilities } from './requiresCompatibilities';
import { servicePlatformVersion } from './servicePlatformVersion';
import { nullFields } from './nullFields';

export const ecsRules: Rule[] = [
  fargateNetworkMode,
  noneNetworkPorts,
  hostPortMismatch,
  dynamicPortMode,
  portProtocolConflict,
  noEssentialContainer,
  containerMemory,
  fargateCpuMemory,
  fargateContainerCpuSum,
  linksBridgeOnly,
  fargateUnsupported,
  ephemeralStorage,
  logDriver,
  awslogsOptions,
  healthCheckCommand,
  secretValueFrom,
  secretsNeedExecutionRole,
  executionRoleNeeded,
  efsVolume,
  imageReference,
  codePipelineImageRule,
  roleArnField,
  describeOutputFields,
  nullFields,
  requiresCompatibilities,
  serviceLaunchTypeStrategy,
  serviceNetworkConfiguration,
  serviceLoadBalancerContainer,
  serviceDeploymentPercent,
  serviceSchedulingStrategy,
  serviceTaskCompatibility,
  serviceCapacityProviderCluster,
  servicePlatformVersion,
  serviceTaskDefinitionMissing,
];
