/** Task ephemeral storage: a Fargate feature, 21–200 GiB. */
import type { Rule, RuleFinding } from '../rule';
import { taskView, keyNode, taskNode, isObj } from '../../ecs/model';
import { schemaHasRange } from '../../ecs/schemaRange';
import { isEcs } from './guard';
import { at } from '../place';

export const ephemeralStorage: Rule = {
  id: 'ecs/ephemeral-storage',
  severity: 'error',
  description: 'ephemeralStorage.sizeInGiB must be 21–200 and only applies to Fargate tasks.',
  appliesTo: (doc) => isEcs(doc, ['task-definition']),
  check(doc, ctx) {
    const v = taskView(doc);
    const es = v?.value.ephemeralStorage;
    if (!v?.body || !isObj(es)) return [];
    const out: RuleFinding[] = [];
    const size = es.sizeInGiB;
    const sizeNode = taskNode(v, ['ephemeralStorage', 'sizeInGiB']);
    if (
      typeof size === 'number' &&
      sizeNode &&
      (size < 21 || size > 200) &&
      !schemaHasRange(ctx.store, doc.kind, ['ephemeralStorage', 'sizeInGiB'])
    ) {
      out.push(
        at(sizeNode, `Ephemeral storage must be between 21 and 200 GiB (20 GiB come free without this setting); ${size} is out of range.`),
      );
    }
    if (!v.fargate) {
      out.push(
        at(
          keyNode(v.body, 'ephemeralStorage')!,
          'Task ephemeral storage is a Fargate setting; EC2 tasks use the instance\'s disk. Add "FARGATE" to requiresCompatibilities or remove it.',
          undefined,
          'warning',
        ),
      );
    }
    return out;
  },
};
