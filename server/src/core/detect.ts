/**
 * What a document is, decided from its content; the file name only breaks ties.
 * Anything we do not recognise is `none` and gets nothing from us.
 */
import type { AstNode } from './parse/tree';
import { findProperty, propertyValue } from './parse/tree';
import type { DocKind, EcsDocType } from './types';
import { isObj, type Obj } from './value';
import { headerlessK8s } from './k8s/headerless';

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

export interface Detected {
  kind: DocKind;
  body: AstNode | undefined;
}

export function detect(root: AstNode | undefined, value: unknown, fileName: string): Detected {
  const none: Detected = { kind: { family: 'none' }, body: undefined };
  const name = fileName.toLowerCase().replace(/\\/g, '/').split('/').pop() ?? '';
  if (Array.isArray(value)) {
    // a bare containerDefinitions file: every item has a name and an image
    if (
      value.length > 0 &&
      value.every((c) => isObj(c) && typeof c.image === 'string' && typeof c.name === 'string') &&
      !/compose/.test(name)
    ) {
      return { kind: { family: 'ecs', type: 'container-definitions' }, body: root };
    }
    return none;
  }
  if (!isObj(value)) return none;
  // a Kubernetes object kubectl would refuse to read (no apiVersion, or no kind): ours to report
  const headerless = headerlessK8s(value);
  if (headerless) return { kind: headerless, body: root };

  if (typeof value.apiVersion === 'string' && typeof value.kind === 'string') {
    const apiVersion = value.apiVersion.trim();
    const kind = value.kind.trim();
    if (apiVersion.startsWith('eksctl.io/')) return { kind: { family: 'eksctl', kind }, body: root };
    if (/^([a-z0-9.-]+\/)?v\d+((alpha|beta)\d+)?$/.test(apiVersion) && /^[A-Z][A-Za-z0-9]*$/.test(kind)) {
      const slash = apiVersion.indexOf('/');
      return {
        kind: {
          family: 'k8s',
          apiVersion,
          kind,
          group: slash < 0 ? '' : apiVersion.slice(0, slash),
          version: slash < 0 ? apiVersion : apiVersion.slice(slash + 1),
        },
        body: root,
      };
    }
    return none;
  }

  const wrapped = isObj(value.taskDefinition) && has(value.taskDefinition as Obj, 'containerDefinitions', 'family');
  if (wrapped) {
    const inner = findProperty(root, 'taskDefinition');
    return {
      kind: { family: 'ecs', type: 'task-definition', wrapped: true, describeOutput: true },
      body: inner ? propertyValue(inner) : undefined,
    };
  }
  const ecs = ecsType(value, name);
  if (ecs) {
    const describeOutput = ecs === 'task-definition' && has(value, ...DESCRIBE_ONLY_FIELDS);
    return { kind: { family: 'ecs', type: ecs, ...(describeOutput ? { describeOutput } : {}) }, body: root };
  }
  return none;
}

function ecsType(v: Obj, name: string): EcsDocType | undefined {
  if (Array.isArray(v.containerDefinitions)) return 'task-definition';
  if (typeof v.family === 'string' && /task|taskdef/.test(name) && !has(v, 'name', 'version', 'dependencies')) return 'task-definition';
  if (
    typeof v.serviceName === 'string' &&
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

export function describeKind(kind: DocKind): string {
  switch (kind.family) {
    case 'ecs': {
      const names: Record<EcsDocType, string> = {
        'task-definition': 'ECS task definition',
        'container-definitions': 'ECS container definitions',
        service: 'ECS service',
        cluster: 'ECS cluster',
        'ecr-lifecycle-policy': 'ECR lifecycle policy',
        'scalable-target': 'Application Auto Scaling target (ECS service)',
        'scaling-policy': 'Application Auto Scaling policy (ECS service)',
        'scheduled-action': 'Application Auto Scaling scheduled action (ECS service)',
      };
      return names[kind.type] + (kind.wrapped ? ' (describe-task-definition output)' : '');
    }
    case 'k8s':
      return `Kubernetes ${kind.kind} ${kind.apiVersion}`;
    case 'eksctl':
      return `eksctl ${kind.kind}`;
    default:
      return 'not an ECS or Kubernetes document';
  }
}
