/**
 * Pod templates that use a ServiceAccount, ConfigMap, Secret or PersistentVolumeClaim not found
 * in the workspace: a hint (it may be created elsewhere), or a warning with a fix when a near
 * name exists in the same namespace (text/nearName.ts).
 */
import type { Rule, RuleFinding } from '../rule';
import type { JsonPath } from '../../parse/tree';
import {
  asArr,
  asObj,
  containersOf,
  findNamed,
  isObj,
  isPlaceholder,
  namespaceOf,
  podTemplate,
  spanAt,
  str,
  WORKLOAD_KINDS,
} from '../../k8s/objects';
import { generatedNames } from '../../k8s/kustomize';
import { isK8s, isPatch } from './guard';
import { nearName } from '../../text/nearName';
import { namesInNamespace } from '../../k8s/names';

interface Ref {
  kind: 'ServiceAccount' | 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim';
  name: string;
  path: JsonPath;
}

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
    for (const r of references(t.spec, t.specPath, containersOf(t))) {
      const key = `${r.kind}/${r.name}`;
      const made = r.kind === 'ConfigMap' || r.kind === 'Secret' ? generated[r.kind] : undefined;
      if (seen.has(key) || isPlaceholder(r.name) || made?.has(r.name)) continue;
      if (findNamed(ctx.workspace, r.kind, r.name, ns).length) continue;
      seen.add(key);
      const span = spanAt(doc, r.path);
      const guess = nearName(r.name, [...namesInNamespace(ctx.workspace, r.kind, ns), ...(made ?? [])]);
      out.push(
        guess
          ? {
              severity: 'warning',
              ...span,
              message: `${r.kind} \`${r.name}\` is not in the workspace; did you mean \`${guess}\`?`,
              fixes: [{ title: `Change to "${guess}"`, edits: [{ ...span, newText: guess }], preferred: true }],
            }
          : {
              ...span,
              message: `${r.kind} \`${r.name}\` is not in the workspace; make sure it exists in this namespace before the pods start.`,
            },
      );
    }
    return out;
  },
};

function references(spec: Record<string, unknown>, specPath: JsonPath, containers: ReturnType<typeof containersOf>): Ref[] {
  const out: Ref[] = [];
  const sa = str(spec.serviceAccountName);
  if (sa && sa !== 'default') out.push({ kind: 'ServiceAccount', name: sa, path: [...specPath, 'serviceAccountName'] });
  asArr(spec.imagePullSecrets).forEach((s, i) => {
    const n = str(asObj(s).name);
    if (n) out.push({ kind: 'Secret', name: n, path: [...specPath, 'imagePullSecrets', i, 'name'] });
  });
  asArr(spec.volumes).forEach((v, i) => {
    if (!isObj(v)) return;
    const p = [...specPath, 'volumes', i];
    const claim = str(asObj(v.persistentVolumeClaim).claimName);
    if (claim) out.push({ kind: 'PersistentVolumeClaim', name: claim, path: [...p, 'persistentVolumeClaim', 'claimName'] });
    const cm = asObj(v.configMap);
    if (str(cm.name) && cm.optional !== true) out.push({ kind: 'ConfigMap', name: str(cm.name)!, path: [...p, 'configMap', 'name'] });
    const sec = asObj(v.secret);
    if (str(sec.secretName) && sec.optional !== true)
      out.push({ kind: 'Secret', name: str(sec.secretName)!, path: [...p, 'secret', 'secretName'] });
    asArr(asObj(v.projected).sources).forEach((s, j) => {
      const o = asObj(s);
      for (const kind of ['configMap', 'secret'] as const) {
        const ref = asObj(o[kind]);
        if (str(ref.name) && ref.optional !== true)
          out.push({
            kind: kind === 'configMap' ? 'ConfigMap' : 'Secret',
            name: str(ref.name)!,
            path: [...p, 'projected', 'sources', j, kind, 'name'],
          });
      }
    });
  });
  for (const c of containers) {
    asArr(c.container.env).forEach((e, i) => {
      const from = asObj(asObj(e).valueFrom);
      for (const [key, kind] of [
        ['configMapKeyRef', 'ConfigMap'],
        ['secretKeyRef', 'Secret'],
      ] as const) {
        const ref = asObj(from[key]);
        if (str(ref.name) && ref.optional !== true)
          out.push({ kind, name: str(ref.name)!, path: [...c.path, 'env', i, 'valueFrom', key, 'name'] });
      }
    });
    asArr(c.container.envFrom).forEach((e, i) => {
      for (const [key, kind] of [
        ['configMapRef', 'ConfigMap'],
        ['secretRef', 'Secret'],
      ] as const) {
        const ref = asObj(asObj(e)[key]);
        if (str(ref.name) && ref.optional !== true) out.push({ kind, name: str(ref.name)!, path: [...c.path, 'envFrom', i, key, 'name'] });
      }
    });
  }
  return out;
}
