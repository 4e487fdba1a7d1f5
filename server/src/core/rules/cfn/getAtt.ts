/**
 * `Fn::GetAtt` (and `${Res.Attr}` in `Fn::Sub`) names a resource of the template and an attribute
 * its type returns (from the specification). Custom resources, nested stacks' `Outputs.*` and
 * types the specification lacks return what they like.
 */
import type { Rule, RuleFinding } from '../rule';
import { specOf } from '../../cfn/spec';
import { closest } from '../../text/closest';
import { isTemplate } from './guard';
import { checkableRefs, samGenerated, unknownName } from './names';

export const getAttRule: Rule = {
  id: 'cfn/get-att',
  severity: 'error',
  description: 'Fn::GetAtt names a resource of the template and an attribute its type has.',
  appliesTo: isTemplate,
  check(doc, ctx) {
    const c = checkableRefs(ctx.file.text, doc, ['getatt']);
    if (!c) return [];
    const { t, refs } = c;
    const spec = specOf(ctx.store);
    const out: RuleFinding[] = [];
    for (const r of refs) {
      const res = t.resources.get(r.name);
      if (!res) {
        if (samGenerated(t, r.name)) continue;
        if (t.parameters.has(r.name)) {
          out.push({
            offset: r.node.offset + r.delta,
            length: r.length,
            message: `\`${r.name}\` is a parameter: Fn::GetAtt reads attributes of resources. Use \`Ref\` for a parameter's value.`,
          });
          continue;
        }
        out.push(unknownName(r, 'a resource', t.resources.keys(), 'Name a resource declared under `Resources`.'));
        continue;
      }
      const a = r.attr;
      const type = res.type;
      if (!a || !spec || !type || !type.startsWith('AWS::') || type.startsWith('AWS::Serverless::')) continue;
      if (type === 'AWS::CloudFormation::CustomResource' || (type === 'AWS::CloudFormation::Stack' && a.name.startsWith('Outputs.')))
        continue;
      const attrs = spec.resource(type)?.attrs;
      if (!attrs || attrs.includes(a.name)) continue;
      // `QueueArn` for `Arn`: the type name written before the attribute is the commonest slip
      const near = attrs.find((x) => a.name.endsWith(x) && a.name !== x) ?? closest(a.name, attrs);
      const offset = a.node.offset + a.delta;
      out.push({
        offset,
        length: a.length,
        message: `${type} has no attribute \`${a.name}\`${near ? `: did you mean \`${near}\`?` : attrs.length ? ` (it has ${attrs.slice(0, 8).join(', ')}${attrs.length > 8 ? ', …' : ''}).` : ': it has no attributes to read; use `Ref`.'}`,
        fixes:
          near && a.length === a.name.length
            ? [{ title: `Change to \`${near}\``, edits: [{ offset, length: a.length, newText: near }], preferred: true }]
            : undefined,
      });
    }
    return out;
  },
};
