/** The ECS family: task definitions, services, clusters and their neighbours, in the API's shapes. */
import type { DocumentFamily } from '../family';
import { ecsKey, type EcsDocType, type EcsKind } from './kind';
import { detectEcs } from './detect';
import { bodyValue } from './model';
import { ecsSchemaId } from './schemaId';
import { ecsRules } from '../rules/ecs/index';
import { ecsCompletionContributors } from './complete/index';
import { ecsHoverContributors } from './hover/index';
import { addEcs } from '../graph/ecs';
import { asDeployed, asServiceDefinition, filledBy } from '../deploy/asDeployed';

const NAMES: Record<EcsDocType, string> = {
  'task-definition': 'ECS task definition',
  'container-definitions': 'ECS container definitions',
  service: 'ECS service',
  cluster: 'ECS cluster',
  'ecr-lifecycle-policy': 'ECR lifecycle policy',
  'scalable-target': 'Application Auto Scaling target (ECS service)',
  'scaling-policy': 'Application Auto Scaling policy (ECS service)',
  'scheduled-action': 'Application Auto Scaling scheduled action (ECS service)',
};

const MARKS = /"(containerDefinitions|taskDefinition|taskDefinitionArn|serviceName|capacityProviders)"\s*:/;

export const ecsFamily: DocumentFamily<EcsKind> = {
  name: 'ecs',
  detect: detectEcs,
  displayName: (kind) =>
    NAMES[kind.type] + (kind.wrapped ? ' (describe-task-definition output)' : kind.definitionOnly ? ' definition (ecspresso)' : ''),
  schemaId: ecsSchemaId,
  // `null` fields are left out (ECS reads them as "not set"; ecs/null-fields reports them once), and
  // a file a deploy workflow reads is checked as the workflow sends it (empty values dropped, rendered
  // image), an ecspresso service definition with the names ecspresso fills in
  schemaCheck: (doc, ctx) => ({
    value: (doc.kind as EcsKind).definitionOnly
      ? asServiceDefinition(bodyValue(doc), ctx.workspace, ctx.file.uri)
      : asDeployed(bodyValue(doc), ctx.workspace, ctx.file.uri),
    strict: true,
    partial: false,
    filled: filledBy(ctx.workspace, ctx.file.uri),
  }),
  // paths inside `{ "taskDefinition": … }` are relative to the inner object
  bodyPath: (kind, path) => (!kind.wrapped ? path : path[0] === 'taskDefinition' ? path.slice(1) : undefined),
  indexKeys: (kind) => [ecsKey(kind.type)],
  looksLike: (head) => MARKS.test(head),
  rules: ecsRules,
  completion: ecsCompletionContributors,
  hover: ecsHoverContributors,
  codeActions: [],
  views: () => [],
  graph: (b, ws) => addEcs(b, ws),
};
