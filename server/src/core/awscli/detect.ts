/**
 * Recognising AWS CLI inputs by their content: each command's input has members no other document
 * of ours has together. Kubernetes objects, CloudFormation templates and ECS shapes are refused
 * (an ECS `create-service` input has no `infrastructureRoleArn`; a task definition no `Targets`).
 */
import type { DetectInput, Detected } from '../family';
import { isObj, type Obj } from '../value';
import type { AwsCliDoc, AwsCliKind } from './kind';

const has = (o: Obj, ...keys: string[]) => keys.some((k) => k in o);
const str = (v: unknown): v is string => typeof v === 'string';

export function detectAwsCli({ root, value }: DetectInput): Detected<AwsCliKind> | undefined {
  if (!isObj(value)) return undefined;
  if (str(value.apiVersion) && str(value.kind)) return undefined;
  if (has(value, 'Resources', 'AWSTemplateFormatVersion', 'containerDefinitions', 'taskDefinition')) return undefined;
  const doc = docOf(value);
  return doc ? { kind: { family: 'awscli', doc }, body: root } : undefined;
}

function docOf(v: Obj): AwsCliDoc | undefined {
  if (str(v.Rule) && Array.isArray(v.Targets)) return 'put-targets';
  if (isObj(v.Target) && (has(v, 'FlexibleTimeWindow') || str(v.ScheduleExpression))) return 'create-schedule';
  if (str(v.Name) && (str(v.ScheduleExpression) || has(v, 'EventPattern')) && !has(v, 'Target', 'Targets')) return 'put-rule';
  if (str(v.AlarmName) && has(v, 'MetricName', 'Metrics', 'ComparisonOperator', 'EvaluationPeriods')) return 'put-metric-alarm';
  if (str(v.repositoryName) && !has(v, 'repositoryArn', 'repositoryUri', 'lifecyclePolicyText', 'policyText'))
    if (has(v, 'imageScanningConfiguration', 'imageTagMutability', 'encryptionConfiguration', 'imageTagMutabilityExclusionFilters'))
      return 'ecr-create-repository';
  if (isObj(v.replicationConfiguration) && Array.isArray(v.replicationConfiguration.rules)) return 'ecr-put-replication-configuration';
  const scanRules = Array.isArray(v.rules) && v.rules.length > 0 && v.rules.every((r) => isObj(r) && 'scanFrequency' in r);
  if (scanRules || ((v.scanType === 'BASIC' || v.scanType === 'ENHANCED') && !('rules' in v)))
    return 'ecr-put-registry-scanning-configuration';
  if (str(v.ServiceName) && isObj(v.SourceConfiguration)) return 'apprunner-create-service';
  if (str(v.infrastructureRoleArn) && (isObj(v.primaryContainer) || has(v, 'healthCheckPath', 'scalingTarget')))
    return 'create-express-gateway-service';
  if (isEventPattern(v)) return 'event-pattern';
  return undefined;
}

/** `{"source": ["aws.ecs"], "detail-type": […], "detail": {…}}`: the fields of an event, each a list or a nested object */
function isEventPattern(v: Obj): boolean {
  if (!Array.isArray(v.source) || !has(v, 'detail-type', 'detail')) return false;
  return Object.values(v).every((x) => Array.isArray(x) || isObj(x));
}
