/** `DependsOn` names other resources of the template (not the resource itself). */
import type { Rule, RuleFinding } from '../rule';
import { isTemplate } from './guard';
import { checkableRefs, samGenerated, unknownName } from './names';

export const dependsOnRule: Rule = {
  id: 'cfn/depends-on',
  severity: 'error',
  description: 'DependsOn names other resources of the template.',
  appliesTo: isTemplate,
  check(doc, ctx) {
    const c = checkableRefs(ctx.file.text, doc, ['dependsOn']);
    if (!c) return [];
    const t = c.t;
    const out: RuleFinding[] = [];
    for (const r of t.resources.values())
      for (const d of r.dependsOn)
        if (d.value === r.name)
          out.push({
            offset: d.offset,
            length: d.length,
            message: `Resource \`${r.name}\` cannot depend on itself: remove it from \`DependsOn\`.`,
          });
    for (const r of c.refs) {
      if (t.resources.has(r.name) || samGenerated(t, r.name)) continue;
      out.push(unknownName(r, 'a resource', t.resources.keys(), 'Name a resource declared under `Resources`.'));
    }
    return out;
  },
};
