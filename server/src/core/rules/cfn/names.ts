/** What the cfn/ reference rules share: the template's references and an "unknown name" finding with its fix. */
import type { DocUnit } from '../../types';
import type { RuleFinding } from '../rule';
import { nearName } from '../../text/nearName';
import { templateRefs, type CfnRef, type CfnRefKind } from '../../cfn/references';
import { templateOf, type CfnTemplate } from '../../cfn/template';
import { macroFree } from '../../cfn/checkProperties';

/**
 * A template whose names cannot all be known from its text: a macro may add resources, and
 * `Fn::ForEach` makes them from a list. Its references are not checked for existence.
 */
export function openWorld(t: CfnTemplate): boolean {
  if (!macroFree(t)) return true;
  for (const name of t.resources.keys()) if (name.startsWith('Fn::ForEach::')) return true;
  return false;
}

/** SAM makes resources of its own (`MyFunctionRole`, `ServerlessRestApi`, `MyApi.Stage`): names it may have made. */
export function samGenerated(t: CfnTemplate, name: string): boolean {
  if (!t.sam) return false;
  if (name.includes('.') || name.startsWith('ServerlessRestApi') || name.startsWith('ServerlessHttpApi')) return true;
  for (const r of t.resources.values())
    if (r.type?.startsWith('AWS::Serverless::') && name.startsWith(r.name) && name !== r.name) return true;
  return false;
}

/** The template and its references of some kinds, or undefined when names cannot be checked. */
export function checkableRefs(text: string, doc: DocUnit, kinds: CfnRefKind[]): { t: CfnTemplate; refs: CfnRef[] } | undefined {
  const t = templateOf(doc);
  if (!t || openWorld(t)) return undefined;
  return { t, refs: templateRefs(text, doc).filter((r) => kinds.includes(r.kind)) };
}

/** "`Bukcet` is not a … of this template: did you mean `Bucket`?", with the fix. */
export function unknownName(r: CfnRef, what: string, candidates: Iterable<string>, hint: string): RuleFinding {
  const near = nearName(r.name, candidates);
  const offset = r.node.offset + r.delta;
  const where = r.inSub ? ` (in \`\${${r.attr ? `${r.name}.${r.attr.name}` : r.name}}\` of Fn::Sub)` : '';
  return {
    offset,
    length: r.length,
    message: `\`${r.name}\` is not ${what} of this template${where}${near ? `: did you mean \`${near}\`?` : `. ${hint}`}`,
    fixes:
      near && r.length === r.name.length
        ? [{ title: `Change to \`${near}\``, edits: [{ offset, length: r.length, newText: near }], preferred: true }]
        : undefined,
  };
}
