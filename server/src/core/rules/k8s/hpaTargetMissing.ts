/** An HPA scales the workload its scaleTargetRef names; a wrong name scales nothing. */
import type { Rule } from '../rule';
import { asObj, findNamed, isPlaceholder, namespaceOf, objectsOfKind, sameNamespace, str } from '../../k8s/objects';
import { isK8s, isPatch } from './guard';
import { pathSpan, at } from '../place';

export const hpaTargetMissingRule: Rule = {
  id: 'k8s/hpa-target-missing',
  severity: 'warning',
  description:
    'HorizontalPodAutoscaler scaleTargetRef names no workload in the workspace (warning when that kind exists in the namespace, else hint).',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc, ['HorizontalPodAutoscaler']),
  check(doc, ctx) {
    if (isPatch(doc, ctx)) return [];
    const ref = asObj(asObj(asObj(doc.value).spec).scaleTargetRef);
    const kind = str(ref.kind);
    const name = str(ref.name);
    if (!kind || !name || isPlaceholder(name)) return [];
    const ns = namespaceOf(doc.value);
    if (findNamed(ctx.workspace, kind, name, ns).length) return [];
    const sameKind = objectsOfKind(ctx.workspace, kind).filter((e) => sameNamespace(ns, namespaceOf(e.doc.value)));
    const names = sameKind.map((e) => str(asObj(asObj(e.doc.value).metadata).name)).filter(Boolean);
    return [
      at(
        pathSpan(doc, ['spec', 'scaleTargetRef', 'name']),
        sameKind.length
          ? `No ${kind} named \`${name}\` in this namespace (found: ${names.join(', ')}): the autoscaler has nothing to scale. Point scaleTargetRef at one of them.`
          : `${kind} \`${name}\` is not in the workspace; make sure it exists in the autoscaler's namespace.`,
        undefined,
        sameKind.length ? undefined : ('hint' as const),
      ),
    ];
  },
};
