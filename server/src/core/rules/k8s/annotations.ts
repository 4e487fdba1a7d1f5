/** Shared by the ALB and NLB annotation rules: unknown keys and malformed values under a prefix. */
import type { DocUnit } from '../../types';
import type { RuleFinding } from '../rule';
import { findNodeAtPath } from '../../parse/tree';
import { checkAnnotationValue } from '../../k8s/annotationValues';
import type { AnnotationInfo } from '../../k8s/annotationInfo';
import { isPlaceholder } from '../../k8s/objects';
import { closest } from '../../text/closest';
import { asText } from '../../text/asText';
import { at } from '../place';

export function checkAnnotations(
  doc: DocUnit,
  prefix: string,
  table: AnnotationInfo[],
  target: 'ingress' | 'service',
  namedPrefixes: string[] = [],
): RuleFinding[] {
  const obj = findNodeAtPath(doc.root, ['metadata', 'annotations']);
  if (obj?.type !== 'object') return [];
  const out: RuleFinding[] = [];
  const known = table.map((a) => a.key);
  for (const prop of obj.children ?? []) {
    const keyNode = prop.children?.[0];
    const valueNode = prop.children?.[1];
    const key = typeof keyNode?.value === 'string' ? keyNode.value : undefined;
    if (!keyNode || !key || !key.startsWith(prefix)) continue;
    if (namedPrefixes.some((p) => key.startsWith(prefix + p))) continue;
    const info = table.find((a) => a.key === key);
    if (!info) {
      const guess = closest(key, known);
      out.push(
        at(
          keyNode,
          `\`${key}\` is not an annotation the AWS Load Balancer Controller reads${guess ? `: did you mean \`${guess}\`?` : '; it is ignored.'}`,
          guess
            ? [
                {
                  title: `Rename to "${guess}"`,
                  edits: [{ offset: keyNode.offset, length: keyNode.length, newText: guess }],
                  preferred: true,
                },
              ]
            : undefined,
          'warning',
        ),
      );
      continue;
    }
    if (!info.on.includes(target)) {
      out.push(
        at(
          keyNode,
          `\`${key}\` is read on ${info.on.join(' and ')} objects, not on a ${target === 'ingress' ? 'Ingress' : 'Service'}; here it has no effect.`,
          undefined,
          'warning',
        ),
      );
      continue;
    }
    if (!valueNode || valueNode.type === 'object' || valueNode.type === 'array') continue;
    const value = valueNode.value === null || valueNode.value === undefined ? '' : asText(valueNode.value);
    if (isPlaceholder(value)) continue;
    const problem = checkAnnotationValue(info, value);
    if (problem) out.push(at(valueNode, `\`${key.slice(key.indexOf('/') + 1)}\` ${problem}.`));
  }
  return out;
}
