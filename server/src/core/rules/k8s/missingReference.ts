/** Pod templates that use a ServiceAccount, ConfigMap or Secret not found in the workspace (hint: it may be created elsewhere). */
import type { Rule, RuleFinding } from '../rule';
import { containersOf, findNamed, isPlaceholder, namespaceOf, podTemplate, spanAt, WORKLOAD_KINDS } from '../../k8s/objects';
import { generatedNames } from '../../k8s/kustomize';
import { podReferences } from '../../k8s/podRefs';
import { isK8s, isPatch } from './guard';

export const missingReferenceRule: Rule = {
  id: 'k8s/missing-reference',
  severity: 'hint',
  description: 'Pod templates referring to a ServiceAccount, ConfigMap or Secret that is not in the workspace.',
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
      // claims are the storage rules' business; `default` exists in every namespace
      if (r.optional || r.kind === 'PersistentVolumeClaim' || (r.kind === 'ServiceAccount' && r.name === 'default')) continue;
      const key = `${r.kind}/${r.name}`;
      if (seen.has(key) || isPlaceholder(r.name) || (r.kind !== 'ServiceAccount' && generated[r.kind].has(r.name))) continue;
      if (findNamed(ctx.workspace, r.kind, r.name, ns).length) continue;
      seen.add(key);
      out.push({
        ...spanAt(doc, r.path),
        message: `${r.kind} \`${r.name}\` is not in the workspace; make sure it exists in this namespace before the pods start.`,
      });
    }
    return out;
  },
};
