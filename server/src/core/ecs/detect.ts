/** Recognising ECS documents (the API's JSON shapes) by their content; the file name breaks ties. */
import { findProperty, propertyValue } from '../parse/tree';
import type { DetectInput, Detected } from '../family';
import { isObj, type Obj } from '../value';
import type { EcsDocType, EcsKind } from './kind';

/** read-only fields that `describe-task-definition` adds */
export const DESCRIBE_ONLY_FIELDS = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
];

const has = (o: Obj, ...keys: string[]) => keys.some((k) => k in o);

export function detectEcs({ root, value, fileName: name }: DetectInput): Detected<EcsKind> | undefined {
  if (Array.isArray(value)) {
    // a bare containerDefinitions file: every item has a name and an image
    const bare =
      value.length > 0 &&
      value.every((c) => isObj(c) && typeof c.image === 'string' && typeof c.name === 'string') &&
      !/compose/.test(name);
    return bare ? { kind: { family: 'ecs', type: 'container-definitions' }, body: root } : undefined;
  }
  // an object with apiVersion and kind is a Kubernetes-style document, never an ECS one
  if (!isObj(value) || (typeof value.apiVersion === 'string' && typeof value.kind === 'string')) return undefined;
  const wrapped = isObj(value.taskDefinition) && has(value.taskDefinition as Obj, 'containerDefinitions', 'family');
  if (wrapped) {
    const inner = findProperty(root, 'taskDefinition');
    return {
      kind: { family: 'ecs', type: 'task-definition', wrapped: true, describeOutput: true },
      body: inner ? propertyValue(inner) : undefined,
    };
  }
  if (isServiceDefinition(value, name)) return { kind: { family: 'ecs', type: 'service', definitionOnly: true }, body: root };
  const ecs = ecsType(value, name);
  if (!ecs) return undefined;
  const describeOutput = ecs === 'task-definition' && has(value, ...DESCRIBE_ONLY_FIELDS);
  return { kind: { family: 'ecs', type: ecs, ...(describeOutput ? { describeOutput } : {}) }, body: root };
}

/** fields only a create-service input has (a task definition or cluster has none of them) */
const SERVICE_FIELDS = [
  'desiredCount',
  'launchType',
  'loadBalancers',
  'deploymentConfiguration',
  'deploymentController',
  'networkConfiguration',
  'schedulingStrategy',
  'serviceRegistries',
  'capacityProviderStrategy',
  'healthCheckGracePeriodSeconds',
  'placementStrategy',
  'serviceConnectConfiguration',
];

/**
 * ecspresso's `service_definition` (`ecs-service-def.json`): the create-service input without
 * `serviceName`, `cluster` and `taskDefinition`, which ecspresso fills in from its config.
 */
function isServiceDefinition(v: Obj, name: string): boolean {
  return (
    /service/.test(name) &&
    !has(v, 'serviceName', 'service', 'containerDefinitions', 'clusterName') &&
    SERVICE_FIELDS.filter((k) => k in v).length >= 2
  );
}

function ecsType(v: Obj, name: string): EcsDocType | undefined {
  if (Array.isArray(v.containerDefinitions)) return 'task-definition';
  if (typeof v.family === 'string' && /task|taskdef/.test(name) && !has(v, 'name', 'version', 'dependencies')) return 'task-definition';
  if (
    typeof v.serviceName === 'string' &&
    // an Express Mode service (create-express-gateway-service) is the awscli family's
    !has(v, 'infrastructureRoleArn') &&
    (has(
      v,
      'taskDefinition',
      'cluster',
      'desiredCount',
      'launchType',
      'loadBalancers',
      'capacityProviderStrategy',
      'networkConfiguration',
      'deploymentConfiguration',
      'schedulingStrategy',
    ) ||
      /service/.test(name))
  )
    return 'service';
  if (typeof v.service === 'string' && has(v, 'cluster') && has(v, 'taskDefinition', 'forceNewDeployment', 'desiredCount'))
    return 'service';
  if (
    typeof v.clusterName === 'string' &&
    (has(v, 'capacityProviders', 'defaultCapacityProviderStrategy', 'settings', 'configuration', 'serviceConnectDefaults') ||
      /cluster/.test(name))
  )
    return 'cluster';
  if (Array.isArray(v.rules) && v.rules.length > 0 && v.rules.every((r) => isObj(r) && 'rulePriority' in r)) return 'ecr-lifecycle-policy';
  if (v.ServiceNamespace === 'ecs') {
    if (has(v, 'PolicyName')) return 'scaling-policy';
    if (has(v, 'ScheduledActionName')) return 'scheduled-action';
    if (has(v, 'ScalableDimension', 'MinCapacity', 'MaxCapacity')) return 'scalable-target';
  }
  return undefined;
}
