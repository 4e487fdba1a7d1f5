/** An EventBridge rule's `EventPattern` is well formed: fields whose values are arrays, known filter operators. */
import type { Rule, RuleFinding } from '../rule';
import { findNodeAtPath, toValue } from '../../parse/tree';
import { containsIntrinsic, intrinsicOf } from '../../cfn/intrinsics';
import { resourcesOfType } from '../../cfn/template';
import { patternProblems } from '../../cfn/events/pattern';
import { prop } from '../../cfn/iam/templateRoles';
import { isTemplate, template } from './guard';

export const eventPattern: Rule = {
  id: 'cfn/event-pattern',
  severity: 'error',
  description: "An EventBridge rule's EventPattern has arrays at its leaves and only known content-filter operators.",
  appliesTo: isTemplate,
  check(doc) {
    const t = template(doc);
    if (!t) return [];
    const out: RuleFinding[] = [];
    for (const r of resourcesOfType(t, 'AWS::Events::Rule')) {
      const node = prop(r.properties, 'EventPattern');
      // a JSON string pattern or one built by a function is not read here
      if (!node || node.type !== 'object' || intrinsicOf(node)) continue;
      for (const p of patternProblems(toValue(node))) {
        const at = findNodeAtPath(node, p.path) ?? node;
        // a value that is a function (`!Ref Bucket`) stands for what it resolves to
        if (containsIntrinsic(toValue(at)) || intrinsicOf(at.parent?.parent)) continue;
        const parentValue = p.path.length ? toValue(findNodeAtPath(node, p.path.slice(0, -1))) : undefined;
        if (parentValue !== undefined && intrinsicOf(findNodeAtPath(node, p.path.slice(0, -1)))) continue;
        const spot = p.onKey && at.parent?.type === 'property' ? at.parent.children![0] : at;
        out.push({ offset: spot.offset, length: spot.length, message: p.message });
      }
    }
    return out;
  },
};
