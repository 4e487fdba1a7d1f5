/** The ECS family's document kinds (API shapes: register-task-definition, create-service, …). */
export type EcsDocType =
  | 'task-definition'
  | 'container-definitions'
  | 'service'
  | 'cluster'
  | 'ecr-lifecycle-policy'
  | 'scalable-target'
  | 'scaling-policy'
  | 'scheduled-action';

export interface EcsKind {
  family: 'ecs';
  type: EcsDocType;
  /** `{ "taskDefinition": {...} }` describe output */
  wrapped?: boolean;
  /** has read-only describe fields */
  describeOutput?: boolean;
  /** a service without its name, cluster and task definition: ecspresso's `service_definition` */
  definitionOnly?: boolean;
}

/** the index key of the ECS documents of one type (`WorkspaceIndex.docs`) */
export const ecsKey = (type: EcsDocType): string => `ecs:${type}`;

declare module '../types' {
  interface FamilyKinds {
    ecs: EcsKind;
  }
}
