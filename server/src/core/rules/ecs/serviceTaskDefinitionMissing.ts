/** The service's task definition is not in the workspace: fine if it lives elsewhere, worth a hint. */
import type { Rule } from '../rule';
import { str, valueOrKey, isPlaceholder } from '../../ecs/model';
import { serviceValue } from '../../ecs/service';
import { parseTaskDefRef, findTaskDefinitions } from '../../ecs/refs';
import { isEcs } from './guard';
import { at } from '../place';

export const serviceTaskDefinitionMissing: Rule = {
  id: 'ecs/service-task-definition-missing',
  severity: 'hint',
  description: 'The task definition a service names is not found in the workspace (cross-file checks are skipped).',
  crossFile: true,
  appliesTo: (doc) => isEcs(doc, ['service']),
  check(doc, ctx) {
    const s = serviceValue(doc);
    const ref = s && str(s.taskDefinition);
    if (!ref || !doc.body || isPlaceholder(ref)) return [];
    const parsed = parseTaskDefRef(ref);
    const node = valueOrKey(doc.body, 'taskDefinition')!;
    if (!parsed) {
      if (ref.startsWith('arn:'))
        return [
          at(node, 'This is not a task definition ARN (arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION).', undefined, 'error'),
        ];
      return [];
    }
    if (findTaskDefinitions(ctx.workspace, parsed).length) return [];
    return [
      at(
        node,
        `No task definition with family "${parsed.family}" in the workspace, so container and network checks are skipped for this service.`,
      ),
    ];
  },
};
