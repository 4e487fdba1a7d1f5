/** `k8s/yaml-boolean-string` and `k8s/yaml-number-string`: plain scalars kubectl reads as non-strings. */
import type { Rule, RuleContext, RuleFinding } from '../rule';
import type { DocUnit } from '../../types';
import { findTraps } from '../../k8s/yamlTraps';
import { isKustomizeResource } from '../../k8s/kustomize';
import { isK8s } from './guard';
import { asText } from '../../text/asText';
import { at } from '../place';

function check(doc: DocUnit, ctx: RuleContext, which: 'boolean' | 'number'): RuleFinding[] {
  if (ctx.file.language !== 'yaml') return [];
  const out: RuleFinding[] = [];
  let viaKustomize: boolean | undefined;
  for (const { node, path, trap } of findTraps(doc, ctx.store, ctx.workspace)) {
    if (trap.kind !== which) continue;
    // kustomize reads YAML 1.2 (`yes` stays a string) and quotes such strings in what it hands to kubectl
    if (trap.kind === 'boolean' && node.type === 'string' && (viaKustomize ??= isKustomizeResource(ctx.workspace, ctx.file.uri))) continue;
    const src = node.source!;
    const field = `\`${asText(path[path.length - 1])}\``;
    const reading = trap.kind === 'boolean' ? `the boolean ${trap.read}` : `the number ${trap.read}`;
    out.push(
      at(
        node,
        `kubectl reads \`${src}\` as ${reading}, but ${field} must be a string: quote it ("${src}").`,
        [{ title: `Quote as "${src}"`, edits: [{ offset: node.offset, length: node.length, newText: `"${src}"` }], preferred: true }],
        node.type !== 'string' ? ('error' as const) : undefined,
      ),
    );
  }
  return out;
}

export const yamlBooleanStringRule: Rule = {
  id: 'k8s/yaml-boolean-string',
  severity: 'warning',
  description: 'Unquoted yes/no/on/off/y/n/true/false where Kubernetes wants a string (YAML 1.1 reads a boolean).',
  appliesTo: (doc) => isK8s(doc),
  check: (doc, ctx) => check(doc, ctx, 'boolean'),
};

export const yamlNumberStringRule: Rule = {
  id: 'k8s/yaml-number-string',
  severity: 'warning',
  description: 'Unquoted numbers like 08, 0755, 1e3, 1.10 where Kubernetes wants a string (read as a different number).',
  appliesTo: (doc) => isK8s(doc),
  check: (doc, ctx) => check(doc, ctx, 'number'),
};
