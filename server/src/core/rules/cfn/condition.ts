/** `Condition` (on resources and outputs, in condition functions) and `Fn::If` name a condition of the template. */
import type { Rule, RuleFinding } from '../rule';
import { isTemplate } from './guard';
import { checkableRefs, unknownName } from './names';

export const conditionRule: Rule = {
  id: 'cfn/condition',
  severity: 'error',
  description: 'Condition and Fn::If name a condition declared under Conditions.',
  appliesTo: isTemplate,
  check(doc, ctx) {
    const c = checkableRefs(ctx.file.text, doc, ['condition']);
    if (!c) return [];
    const out: RuleFinding[] = [];
    for (const r of c.refs)
      if (!c.t.conditions.has(r.name)) out.push(unknownName(r, 'a condition', c.t.conditions.keys(), 'Declare it under `Conditions`.'));
    return out;
  },
};
