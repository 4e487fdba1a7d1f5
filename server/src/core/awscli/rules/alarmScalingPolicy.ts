/**
 * An alarm action naming an ECS service's scaling policy: the policy is looked up among the
 * workspace's `put-scaling-policy` inputs. None found is a hint (it may be made elsewhere).
 */
import type { Rule, RuleFinding } from '../../rules/rule';
import { findNodeAtPath } from '../../parse/tree';
import { bodyValue } from '../../ecs/model';
import { isObj } from '../../value';
import { at } from '../../rules/place';
import { alarmActions, parseAlarmAction } from '../alarmActions';
import { isAwsCli } from './guard';

export const alarmScalingPolicy: Rule = {
  id: 'awscli/alarm-scaling-policy',
  severity: 'hint',
  description: "An alarm's scaling action names a scaling policy of an ECS service found in the workspace.",
  crossFile: true,
  appliesTo: (doc) => isAwsCli(doc, ['put-metric-alarm']),
  check(doc, ctx) {
    const out: RuleFinding[] = [];
    for (const a of alarmActions(doc.value)) {
      const action = parseAlarmAction(a.arn);
      if (action?.kind !== 'scaling-policy') continue;
      const node = findNodeAtPath(doc.root, [a.list, a.index]);
      if (!node) continue;
      const resource = `service/${action.cluster}/${action.service}`;
      const policy = ctx.workspace
        .ecs('scaling-policy')
        .map((e) => bodyValue(e.doc))
        .find((v) => isObj(v) && v.ResourceId === resource && v.PolicyName === action.policy);
      if (!policy)
        out.push(
          at(
            node,
            `No scaling policy "${action.policy}" of ${resource} in the workspace (a put-scaling-policy input), so this link is not checked.`,
          ),
        );
    }
    return out;
  },
};
