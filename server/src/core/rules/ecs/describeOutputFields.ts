/**
 * Saved `describe-task-definition` output carries read-only fields (and maybe the
 * `{ "taskDefinition": … }` wrapper) that register-task-definition refuses.
 */
import type { Rule, RuleFinding } from '../rule';
import type { AstNode } from '../../parse/tree';
import { findProperty, propertyKey } from '../../parse/tree';
import { DESCRIBE_ONLY_FIELDS } from '../../ecs/detect';
import { removeProperties } from '../../edit/removeProperty';
import { unwrapValue } from '../../edit/unwrap';
import type { Fix, SourceFile } from '../../types';
import { isEcs } from './guard';
import { deployReading } from '../../deploy/uses';
import { at } from '../place';

function readOnly(body: AstNode): AstNode[] {
  return (body.children ?? []).filter((p) => DESCRIBE_ONLY_FIELDS.includes(propertyKey(p) ?? ''));
}

export function stripFix(file: SourceFile, body: AstNode): Fix {
  return { title: 'Remove the read-only describe fields', edits: removeProperties(file, body, readOnly(body)), preferred: true };
}

export function unwrapFix(file: SourceFile, root: AstNode, body: AstNode): Fix {
  return {
    title: 'Unwrap "taskDefinition" and drop read-only fields',
    edits: [unwrapValue(file, root, body, readOnly(body))],
    preferred: true,
  };
}

export const describeOutputFields: Rule = {
  id: 'ecs/describe-output-fields',
  severity: 'error',
  description:
    'describe-task-definition output must be unwrapped and stripped of read-only fields before it can be registered (information only when a deploy action or ecspresso reads the file: they drop them).',
  // a workflow or ecspresso config naming the file changes what is said
  crossFile: true,
  appliesTo: (doc) => isEcs(doc, ['task-definition']) && !!(doc.kind.describeOutput || doc.kind.wrapped),
  check(doc, ctx) {
    const body = doc.body;
    if (!body || body.type !== 'object' || doc.kind.family !== 'ecs') return [];
    const out: RuleFinding[] = [];
    const reading = deployReading(ctx.workspace, ctx.file.uri);
    if (doc.kind.wrapped && doc.root) {
      const key = findProperty(doc.root, 'taskDefinition')!.children![0];
      const fix = [unwrapFix(ctx.file, doc.root, body)];
      if (reading?.unwraps)
        out.push(at(key, `${reading.by} reads the object inside "taskDefinition"; the AWS CLI would not.`, fix, 'information'));
      else
        out.push(
          at(
            key,
            `This is describe-task-definition output. ${reading ? `${reading.by} registers the file as it is, so take` : 'register-task-definition takes'} the object inside "taskDefinition", without the read-only fields.`,
            fix,
          ),
        );
    }
    const fields = readOnly(body);
    if (fields.length) {
      const fix = stripFix(ctx.file, body);
      for (const p of fields)
        out.push(
          reading?.drops
            ? at(p.children![0], `"${propertyKey(p)}" is set by ECS; ${reading.by} drops it before registering.`, [fix], 'information')
            : at(p.children![0], `"${propertyKey(p)}" is set by ECS and read-only; register-task-definition rejects it. Remove it.`, [fix]),
        );
    }
    return out;
  },
};
