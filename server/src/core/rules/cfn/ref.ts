/**
 * `Ref` and the `${Name}` of `Fn::Sub` name a parameter, a resource or a pseudo parameter
 * (`AWS::Region`, …) of the template; anything else fails the stack before it is created.
 */
import type { Rule, RuleFinding } from '../rule';
import { PSEUDO_PARAMETERS } from '../../cfn/intrinsics';
import { isTemplate } from './guard';
import { checkableRefs, samGenerated, unknownName } from './names';

export const refRule: Rule = {
  id: 'cfn/ref',
  severity: 'error',
  description: 'Ref and ${…} in Fn::Sub name a parameter, a resource or a pseudo parameter of the template.',
  appliesTo: isTemplate,
  check(doc, ctx) {
    const c = checkableRefs(ctx.file.text, doc, ['ref']);
    if (!c) return [];
    const { t, refs } = c;
    const out: RuleFinding[] = [];
    for (const r of refs) {
      if (t.parameters.has(r.name) || t.resources.has(r.name) || PSEUDO_PARAMETERS.has(r.name) || samGenerated(t, r.name)) continue;
      out.push(
        unknownName(
          r,
          'a parameter, a resource or a pseudo parameter',
          [...t.parameters.keys(), ...t.resources.keys(), ...PSEUDO_PARAMETERS.keys()],
          'Declare it under `Parameters` or `Resources`, or fix the name.',
        ),
      );
    }
    return out;
  },
};
