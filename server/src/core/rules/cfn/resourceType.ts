/**
 * Every resource has a `Type`, and an `AWS::` type CloudFormation knows (the specification lists
 * every registry type). `Custom::` and third-party types are taken as written.
 */
import type { Rule, RuleFinding } from '../rule';
import { templateOf } from '../../cfn/template';
import { specOf } from '../../cfn/spec';
import { macroFree } from '../../cfn/checkProperties';
import { requote } from '../../cfn/checkProperties';
import { closest } from '../../text/closest';
import { isTemplate } from './guard';

export const resourceTypeRule: Rule = {
  id: 'cfn/resource-type',
  severity: 'error',
  description: 'Each resource has a Type, and an AWS:: type that exists, with a fix for a misspelling.',
  appliesTo: isTemplate,
  check(doc, ctx) {
    const t = templateOf(doc);
    if (!t || !macroFree(t)) return [];
    const spec = specOf(ctx.store);
    const out: RuleFinding[] = [];
    for (const r of t.resources.values()) {
      if (r.name.startsWith('Fn::ForEach::') || r.node?.type !== 'object') continue;
      if (!r.typeNode) {
        out.push({
          offset: r.key.offset,
          length: r.key.length,
          message: `Resource \`${r.name}\` has no \`Type\`: add one, such as \`AWS::S3::Bucket\`.`,
        });
        continue;
      }
      if (!spec || !r.type?.startsWith('AWS::') || spec.resource(r.type)) continue;
      const near = closest(r.type, spec.resourceTypes());
      const node = r.typeNode;
      out.push({
        offset: node.offset,
        length: node.length,
        message: `\`${r.type}\` is not a CloudFormation resource type${near ? `: did you mean \`${near}\`?` : '. Check the spelling against the AWS resource type reference.'}`,
        fixes: near
          ? [
              {
                title: `Change to \`${near}\``,
                edits: [{ offset: node.offset, length: node.length, newText: requote(ctx.file.text, node, near) }],
                preferred: true,
              },
            ]
          : undefined,
      });
    }
    return out;
  },
};
