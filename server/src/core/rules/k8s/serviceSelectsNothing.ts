/** A Service whose selector matches no pod template gets no endpoints: traffic goes nowhere. */
import type { Rule } from '../rule';
import { asObj, namespaceOf, sameNamespace, selectorMatches, spanAt, stringMap, workloads } from '../../k8s/objects';
import { isK8s, isPatch } from './guard';

export const serviceSelectsNothingRule: Rule = {
  id: 'k8s/service-selects-nothing',
  severity: 'warning',
  description: 'Service selector matches no workload of its namespace in the workspace (checked only when that namespace has workloads here).',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc, ['Service']),
  check(doc, ctx) {
    if (isPatch(doc, ctx)) return [];
    const spec = asObj(asObj(doc.value).spec);
    if (spec.type === 'ExternalName') return [];
    const selector = stringMap(spec.selector);
    if (!Object.keys(selector).length) return [];
    const ns = namespaceOf(doc.value);
    const here = workloads(ctx.workspace).filter((w) => sameNamespace(ns, namespaceOf(w.entry.doc.value)));
    // no workloads of this namespace here: they are deployed from elsewhere
    if (!here.length) return [];
    if (here.some((w) => selectorMatches({ matchLabels: selector }, w.template.labels))) return [];
    const near = here.map((w) => w.template.labels).find((l) => Object.keys(selector).some((k) => k in l));
    const hint = near ? ` Closest template labels: ${Object.entries(near).map(([k, v]) => `${k}=${v}`).join(', ')}.` : '';
    return [{ ...spanAt(doc, ['spec', 'selector'], true), message: `No workload in this namespace has pods labelled ${Object.entries(selector).map(([k, v]) => `\`${k}=${v}\``).join(', ')}: the Service will have no endpoints. Make the selector match the labels of the pod template it should route to.${hint}` }];
  },
};
