/**
 * The keys of a resource entry are CloudFormation's resource attributes (`Type`, `Properties`,
 * `DependsOn`, `Condition`, `DeletionPolicy`, …), and the policies take their documented values.
 */
import type { Rule, RuleFinding } from '../rule';
import { propertyKey, propertyValue } from '../../parse/tree';
import { templateOf } from '../../cfn/template';
import { macroFree, requote } from '../../cfn/checkProperties';
import { closest } from '../../text/closest';
import { isTemplate } from './guard';

export const RESOURCE_ATTRIBUTES = [
  'Type',
  'Properties',
  'DependsOn',
  'Condition',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'Metadata',
  'CreationPolicy',
  'UpdatePolicy',
  'Version',
];
/** SAM resources may also carry connectors and a per-resource `IgnoreGlobals` */
const SAM_ATTRIBUTES = ['Connectors', 'IgnoreGlobals'];

export const POLICY_VALUES: Record<string, string[]> = {
  DeletionPolicy: ['Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot'],
  UpdateReplacePolicy: ['Delete', 'Retain', 'Snapshot'],
};

export const resourceAttributeRule: Rule = {
  id: 'cfn/resource-attribute',
  severity: 'error',
  description:
    'Resource entries hold only resource attributes (Type, Properties, DependsOn, Condition, DeletionPolicy, …) with valid policy values.',
  appliesTo: isTemplate,
  check(doc, ctx) {
    const t = templateOf(doc);
    if (!t || !macroFree(t)) return [];
    const known = t.sam ? [...RESOURCE_ATTRIBUTES, ...SAM_ATTRIBUTES] : RESOURCE_ATTRIBUTES;
    const out: RuleFinding[] = [];
    for (const r of t.resources.values()) {
      if (r.node?.type !== 'object' || r.name.startsWith('Fn::ForEach::')) continue;
      for (const p of r.node.children ?? []) {
        const key = propertyKey(p);
        const keyNode = p.children?.[0];
        if (key === undefined || !keyNode) continue;
        if (!known.includes(key)) {
          const near = closest(key, known);
          out.push({
            offset: keyNode.offset,
            length: keyNode.length,
            message: `\`${key}\` is not a resource attribute${near ? `: did you mean \`${near}\`?` : ` (${known.slice(0, 9).join(', ')}): properties go under \`Properties\`.`}`,
            fixes: near
              ? [
                  {
                    title: `Change to \`${near}\``,
                    edits: [{ offset: keyNode.offset, length: keyNode.length, newText: requote(ctx.file.text, keyNode, near) }],
                    preferred: true,
                  },
                ]
              : undefined,
          });
          continue;
        }
        const allowed = POLICY_VALUES[key];
        const v = propertyValue(p);
        if (!allowed || v?.type !== 'string' || typeof v.value !== 'string' || allowed.includes(v.value)) continue;
        const near = closest(v.value, allowed);
        out.push({
          offset: v.offset,
          length: v.length,
          message: `\`${key}\` is one of ${allowed.join(', ')}${near ? `: did you mean \`${near}\`?` : '.'}`,
          fixes: near
            ? [
                {
                  title: `Change to \`${near}\``,
                  edits: [{ offset: v.offset, length: v.length, newText: requote(ctx.file.text, v, near) }],
                  preferred: true,
                },
              ]
            : undefined,
        });
      }
    }
    return out;
  },
};
