/**
 * The one reference an EventBridge rule's or Scheduler schedule's ECS target makes to a task
 * definition, whichever syntax wrote the target (a template, an AWS CLI input): it points at the
 * family inside the ARN, resolves to the workspace's task definition files of that family, and
 * says what holds it so the file's lens can count rules and schedules apart.
 */
import type { AstNode } from '../parse/tree';
import { findTaskDefinitionEntries, type TaskDefRef } from '../ecs/refs';
import { nameAnchor } from './anchors';
import type { DeclarationsOf } from './ecs';
import type { Reference } from './types';

export function taskTargetReference(
  text: string,
  node: AstNode,
  /** the node's text: a family, family:revision or ARN */
  value: string,
  ref: TaskDefRef,
  flavour: 'events' | 'scheduler',
  declarationsOf: DeclarationsOf,
): Reference {
  return {
    ...nameAnchor(text, node, ref.family, value.startsWith('arn:') ? 'task-definition/' : undefined),
    kind: 'task definition',
    name: ref.family,
    holder: flavour === 'events' ? 'rule' : 'schedule',
    resolve: (ws) =>
      findTaskDefinitionEntries(ws, ref).flatMap((x) =>
        declarationsOf(ws, x.entry)
          .slice(0, 1)
          .map((decl) => ({ uri: x.entry.file.uri, decl })),
      ),
  };
}
