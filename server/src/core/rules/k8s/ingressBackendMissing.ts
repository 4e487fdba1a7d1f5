/** Ingress backends must name a Service (and one of its ports) that exists. */
import type { Rule, RuleFinding } from '../rule';
import { asArr, asObj, findNamed, isObj, isPlaceholder, namespaceOf } from '../../k8s/objects';
import { ingressBackends } from '../../k8s/loadBalancers';
import { isK8s, isPatch } from './guard';
import { nearNameInNamespace } from '../../k8s/names';
import { asText } from '../../text/asText';
import { at, pathSpan } from '../place';

export const ingressBackendMissingRule: Rule = {
  id: 'k8s/ingress-backend-missing',
  severity: 'warning',
  description:
    'Ingress backend names a Service port that does not exist (warning), a Service not in the workspace (hint), or a near miss of one that is (warning with a fix).',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc, ['Ingress']),
  check(doc, ctx) {
    if (isPatch(doc, ctx)) return [];
    const ns = namespaceOf(doc.value);
    const out: RuleFinding[] = [];
    for (const b of ingressBackends(doc.value)) {
      const v1 = b.v1;
      if (isPlaceholder(b.name)) continue;
      const svcs = findNamed(ctx.workspace, 'Service', b.name, ns);
      if (!svcs.length) {
        const span = pathSpan(doc, [...b.path, ...(v1 ? ['service', 'name'] : ['serviceName'])]);
        // a near name in the namespace is likely a typo: a warning with a fix; otherwise a hint
        const guess = nearNameInNamespace(ctx.workspace, 'Service', ns, b.name);
        out.push(
          guess
            ? at(span, `Service \`${b.name}\` is not in the workspace; did you mean \`${guess}\`?`, [
                { title: `Change to "${guess}"`, edits: [{ ...span, newText: guess }], preferred: true },
              ])
            : at(span, `Service \`${b.name}\` is not in the workspace; make sure it exists in the Ingress's namespace.`, undefined, 'hint'),
        );
        continue;
      }
      if (b.port === undefined) continue;
      const ports = asArr(asObj(asObj(svcs[0].doc.value).spec).ports).filter(isObj);
      const found = ports.some((p) => (typeof b.port === 'number' ? Number(p.port) === b.port : p.name === b.port));
      if (found) continue;
      const portPath = v1 ? [...b.path, 'service', 'port', typeof b.port === 'number' ? 'number' : 'name'] : [...b.path, 'servicePort'];
      const list = ports.map((p) => (p.name ? `${p.name} (${p.port})` : asText(p.port))).join(', ');
      out.push(
        at(
          pathSpan(doc, portPath),
          `Service \`${b.name}\` has no port ${typeof b.port === 'number' ? b.port : `named \`${b.port}\``}${list ? `; its ports: ${list}` : ''}. Requests routed here will fail; use one of the Service's ports.`,
        ),
      );
    }
    return out;
  },
};
