/**
 * Pod templates that use a ServiceAccount, ConfigMap, Secret or PersistentVolumeClaim not found
 * in the workspace: a hint (it may be created elsewhere), or a warning with a fix when a near
 * name exists in the same namespace (text/nearName.ts).
 */
import type { Rule, RuleFinding } from '../rule';
import { containersOf, findNamed, isPlaceholder, namespaceOf, podTemplate, WORKLOAD_KINDS } from '../../k8s/objects';
import { generatedNames } from '../../k8s/kustomize';
import { podReferences } from '../../k8s/podRefs';
import { isK8s, isPatch } from './guard';
import { nearNameInNamespace } from '../../k8s/names';
import { at, pathSpan } from '../place';

export const missingReferenceRule: Rule = {
  id: 'k8s/missing-reference',
  severity: 'hint',
  description:
    'Pod templates referring to a ServiceAccount, ConfigMap, Secret or PersistentVolumeClaim not in the workspace (warning with a fix when a near name exists).',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc, WORKLOAD_KINDS),
  check(doc, ctx) {
    if (isPatch(doc, ctx)) return [];
    const t = podTemplate(doc);
    if (!t) return [];
    const ns = namespaceOf(doc.value);
    const out: RuleFinding[] = [];
    const seen = new Set<string>();
    // kustomize generators make ConfigMaps and Secrets that have no manifest of their own
    const generated = { ConfigMap: generatedNames(ctx.workspace, 'ConfigMap'), Secret: generatedNames(ctx.workspace, 'Secret') };
    for (const r of podReferences(t.spec, t.specPath, containersOf(t))) {
      // `default` exists in every namespace
      if (r.optional || (r.kind === 'ServiceAccount' && r.name === 'default')) continue;
      const key = `${r.kind}/${r.name}`;
      const made = r.kind === 'ConfigMap' || r.kind === 'Secret' ? generated[r.kind] : undefined;
      if (seen.has(key) || isPlaceholder(r.name) || made?.has(r.name)) continue;
      if (findNamed(ctx.workspace, r.kind, r.name, ns).length) continue;
      seen.add(key);
      const span = pathSpan(doc, r.path);
      const guess = nearNameInNamespace(ctx.workspace, r.kind, ns, r.name, made);
      out.push(
        guess
          ? at(
              span,
              `${r.kind} \`${r.name}\` is not in the workspace; did you mean \`${guess}\`?`,
              [{ title: `Change to "${guess}"`, edits: [{ ...span, newText: guess }], preferred: true }],
              'warning',
            )
          : at(span, `${r.kind} \`${r.name}\` is not in the workspace; make sure it exists in this namespace before the pods start.`),
      );
    }
    return out;
  },
};
