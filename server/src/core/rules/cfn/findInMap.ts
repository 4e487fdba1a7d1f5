/**
 * `Fn::FindInMap` names a mapping of the template, and, when its keys are written literally, a
 * top-level key of that mapping and a second-level key under it.
 */
import type { Rule, RuleFinding } from '../rule';
import { entries } from '../../cfn/template';
import { nearName } from '../../text/nearName';
import { isTemplate } from './guard';
import { checkableRefs, unknownName } from './names';

export const findInMapRule: Rule = {
  id: 'cfn/find-in-map',
  severity: 'error',
  description: 'Fn::FindInMap names a mapping of the template and keys that mapping has.',
  appliesTo: isTemplate,
  check(doc, ctx) {
    const c = checkableRefs(ctx.file.text, doc, ['mapping']);
    if (!c) return [];
    const out: RuleFinding[] = [];
    for (const r of c.refs) {
      const map = c.t.mappings.get(r.name);
      if (!map) {
        out.push(unknownName(r, 'a mapping', c.t.mappings.keys(), 'Declare it under `Mappings`.'));
        continue;
      }
      // a fourth argument (`DefaultValue`, language extensions) makes a missing key fine
      if (r.node.parent?.type === 'array' && (r.node.parent.children?.length ?? 0) > 3) continue;
      let level = entries(map.node);
      for (const k of r.keys ?? []) {
        const hit = level.find((e) => e.name === k.name);
        if (!hit) {
          const near = nearName(
            k.name,
            level.map((e) => e.name),
          );
          out.push({
            offset: k.node.offset,
            length: k.node.length,
            message: `Mapping \`${r.name}\` has no key \`${k.name}\` here${
              near
                ? `: did you mean \`${near}\`?`
                : `; it has ${level
                    .slice(0, 8)
                    .map((e) => e.name)
                    .join(', ')}.`
            }`,
          });
          break;
        }
        level = entries(hit.node);
      }
    }
    return out;
  },
};
