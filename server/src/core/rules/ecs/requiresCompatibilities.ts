/**
 * requiresCompatibilities names where the task may run: EC2, FARGATE, EXTERNAL (ECS Anywhere) or
 * MANAGED_INSTANCES. Capacity provider names are not compatibilities, and some targets limit the
 * network mode.
 */
import type { Rule, RuleFinding } from '../rule';
import { taskView, taskNode, valueOrKey, asArray } from '../../ecs/model';
import { replaceValue } from '../../edit/replaceValue';
import { setProperty } from '../../ecs/fixes';
import { asText } from '../../text/asText';
import { isEcs } from './guard';
import { at } from '../place';

export const requiresCompatibilities: Rule = {
  id: 'ecs/requires-compatibilities',
  severity: 'error',
  description:
    'requiresCompatibilities lists EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES (not FARGATE_SPOT); EXTERNAL has no awsvpc; managed instances need an explicit network mode.',
  appliesTo: (doc) => isEcs(doc, ['task-definition']),
  check(doc, ctx) {
    const v = taskView(doc);
    const list = v && taskNode(v, ['requiresCompatibilities']);
    if (!v?.body || list?.type !== 'array') return [];
    const out: RuleFinding[] = [];
    for (const item of list.children ?? []) {
      if (item.value !== 'FARGATE_SPOT') continue;
      out.push(
        at(
          item,
          'FARGATE_SPOT is a capacity provider that a service picks, not a task compatibility. List "FARGATE": the same task definition then runs on Fargate and Fargate Spot.',
          [{ title: 'Replace with "FARGATE"', edits: [replaceValue(ctx.file.language, item, 'FARGATE')], preferred: true }],
        ),
      );
    }
    const compat = asArray(v.value.requiresCompatibilities).map(asText);
    if (compat.includes('EXTERNAL') && v.networkMode === 'awsvpc') {
      out.push(
        at(
          valueOrKey(v.body, 'networkMode')!,
          'ECS Anywhere (EXTERNAL) instances do not offer the awsvpc network mode; tasks will not be placed there. Use "bridge", "host" or "none".',
          undefined,
          'warning',
        ),
      );
    }
    if (compat.includes('MANAGED_INSTANCES') && !v.networkModeSet) {
      out.push(
        at(
          list.parent?.children?.[0] ?? list,
          'ECS Managed Instances run only task definitions with an explicit network mode. Add "networkMode": "awsvpc" (or "host").',
          [
            {
              title: 'Set "networkMode" to "awsvpc"',
              edits: setProperty(ctx.file, v.body, 'networkMode', 'awsvpc', { after: ['family', 'taskRoleArn', 'executionRoleArn'] }),
              preferred: true,
            },
          ],
          'warning',
        ),
      );
    }
    return out;
  },
};
