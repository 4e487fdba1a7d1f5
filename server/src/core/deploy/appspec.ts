/**
 * CodeDeploy's AppSpec file for an ECS blue/green deployment (`appspec.yaml`/`.json`, in
 * CodePipeline next to `taskdef.json`): the service's task definition, and the container and port
 * the load balancer sends traffic to.
 */
import type { AstNode } from '../parse/tree';
import { propertyValue } from '../parse/tree';
import { valueAt } from './workflow';
import { ID_BASE } from '../schema/sources';

export const APPSPEC_SCHEMA_ID = `${ID_BASE}codedeploy-appspec-ecs.schema.json`;

/** what CodePipeline's ECS blue/green action puts in `TaskDefinition`: the ARN it registers from taskdef.json */
export const TASK_DEFINITION_PLACEHOLDER = '<TASK_DEFINITION>';

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** `version: 0.0` and a `Resources` list holding an `AWS::ECS::Service` (or a file named appspec with such a list). */
export function looksLikeAppSpec(v: unknown, fileName: string): boolean {
  if (!isObj(v) || !Array.isArray(v.Resources)) return false;
  const types = v.Resources.flatMap((r) => (isObj(r) ? Object.values(r) : [])).map((t) => (isObj(t) ? t.Type : undefined));
  if (types.includes('AWS::ECS::Service')) return true;
  // an AppSpec of another platform (Lambda, or EC2 with os/files) is not ours
  return /^appspec\.(ya?ml|json)$/.test(fileName) && !('os' in v) && !types.some((t) => typeof t === 'string' && t !== 'AWS::ECS::Service');
}

export interface AppSpecTarget {
  /** the `Properties` object of the first resource */
  properties?: AstNode;
  taskDefinition?: AstNode;
  containerName?: AstNode;
  containerPort?: AstNode;
}

export function appSpecTarget(root: AstNode | undefined): AppSpecTarget {
  const resources = valueAt(root, 'Resources');
  const first = resources?.type === 'array' ? resources.children?.[0] : undefined;
  const entry = first?.type === 'object' ? first.children?.[0] : undefined;
  const properties = valueAt(entry ? propertyValue(entry) : undefined, 'Properties');
  const lb = valueAt(properties, 'LoadBalancerInfo');
  return {
    properties,
    taskDefinition: valueAt(properties, 'TaskDefinition'),
    containerName: valueAt(lb, 'ContainerName'),
    containerPort: valueAt(lb, 'ContainerPort'),
  };
}

/** the `Resources[0].<name>.Properties` path prefix of a document path, when it points inside it */
export const inProperties = (path: readonly (string | number)[]): boolean =>
  path[0] === 'Resources' && path[1] === 0 && typeof path[2] === 'string' && path[3] === 'Properties';
