/** A workload's selector must select its own template; the API rejects the object otherwise. */
import type { Rule } from '../rule';
import { asObj, podTemplate, selectorMatches, toSelector } from '../../k8s/objects';
import { isK8s, isPatch } from './guard';
import { at, pathSpan } from '../place';

const KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'ReplicationController'];

export const selectorMismatchRule: Rule = {
  id: 'k8s/selector-mismatch',
  severity: 'error',
  description: 'spec.selector does not match spec.template.metadata.labels (the API rejects the workload).',
  appliesTo: (doc) => isK8s(doc, KINDS),
  check(doc, ctx) {
    if (isPatch(doc, ctx)) return [];
    const spec = asObj(asObj(doc.value).spec);
    const t = podTemplate(doc);
    if (!t || spec.selector === undefined || spec.selector === null) return [];
    const rc = doc.kind.family === 'k8s' && doc.kind.kind === 'ReplicationController';
    // ReplicationController selectors are a plain label map
    const sel = rc ? { matchLabels: toSelector({ matchLabels: spec.selector }).matchLabels } : toSelector(spec.selector);
    if (!Object.keys(sel.matchLabels ?? {}).length && !sel.matchExpressions?.length) return [];
    if (selectorMatches(sel, t.labels)) return [];
    const missing = Object.entries(sel.matchLabels ?? {}).filter(([k, v]) => t.labels[k] !== v);
    const first = missing[0];
    const where = first ? (rc ? ['spec', 'selector', first[0]] : ['spec', 'selector', 'matchLabels', first[0]]) : ['spec', 'selector'];
    const detail = first
      ? missing
          .map(([k, v]) =>
            t.labels[k] === undefined
              ? `\`${k}: ${v}\` is missing from the template labels`
              : `\`${k}\` is \`${v}\` in the selector but \`${t.labels[k]}\` in the template`,
          )
          .join('; ')
      : 'its matchExpressions exclude the template labels';
    return [
      at(
        pathSpan(doc, where, !first),
        `The selector does not select this ${doc.kind.family === 'k8s' ? doc.kind.kind : 'workload'}'s own pods: ${detail}. The API rejects it; make spec.template.metadata.labels include every selector label.`,
      ),
    ];
  },
};
