/** A Service whose selector matches no pod template gets no endpoints: traffic goes nowhere. */
import type { Rule } from '../rule';
import type { Workload } from '../../k8s/objects';
import { asObj, isPlaceholder, namespaceOf, sameNamespace, stringMap } from '../../k8s/objects';
import { labelledWorkloads, selectsAny } from '../../k8s/selection';
import { isK8s, isPatch } from './guard';
import { at, pathSpan } from '../place';

export const serviceSelectsNothingRule: Rule = {
  id: 'k8s/service-selects-nothing',
  severity: 'warning',
  description:
    'Service selector matches no workload of its namespace (judged only when workloads deployed with it are in the workspace: same or sibling folder, or the same explicit namespace).',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc, ['Service']),
  check(doc, ctx) {
    if (isPatch(doc, ctx)) return [];
    const spec = asObj(asObj(doc.value).spec);
    if (spec.type === 'ExternalName') return [];
    const selector = stringMap(spec.selector);
    if (!Object.keys(selector).length || Object.values(selector).some(isPlaceholder)) return [];
    // in a Helm chart the workloads are usually templated, and we cannot read their labels
    if (/\/templates\//.test(ctx.file.uri)) return [];
    const ns = namespaceOf(doc.value);
    // the common answer (some workload matches) from the workloads with the selector's rarest label:
    // this runs for every Service, and a scan of every workload per Service was quadratic
    if (selectsAny(ctx.workspace, ns, selector)) return [];
    // labels, namespaces and files only: kept while a keystroke leaves those as they were
    const all = labelledWorkloads(ctx.workspace);
    const here = all.filter((w) => sameNamespace(ns, namespaceOf(w.entry.doc.value)));
    // judge only against workloads deployed with this Service: elsewhere in a repository of
    // independent examples, a namespace-less Deployment says nothing about this Service
    const together = here.filter((w) => deployedWith(ctx.file.uri, ns, w));
    if (!together.length) return [];
    const near = together.map((w) => w.template.labels).find((l) => Object.keys(selector).some((k) => k in l));
    const hint = near
      ? ` Closest template labels: ${Object.entries(near)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')}.`
      : '';
    return [
      at(
        pathSpan(doc, ['spec', 'selector'], true),
        `No workload in this namespace has pods labelled ${Object.entries(selector)
          .map(([k, v]) => `\`${k}=${v}\``)
          .join(
            ', ',
          )}: the Service will have no endpoints. Make the selector match the labels of the pod template it should route to.${hint}`,
      ),
    ];
  },
};

const dirOf = (uri: string) => uri.slice(0, uri.lastIndexOf('/'));

/** Same explicit namespace, or a file in the same folder or a sibling folder (`services/` next to `deployments/`). */
function deployedWith(serviceUri: string, ns: string | undefined, w: Workload): boolean {
  if (ns && namespaceOf(w.entry.doc.value) === ns) return true;
  const a = dirOf(serviceUri);
  const b = dirOf(w.entry.file.uri);
  return a === b || dirOf(a) === dirOf(b);
}
