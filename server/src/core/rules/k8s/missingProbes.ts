/** Without probes a rollout sends traffic to pods that are not ready and never restarts hung ones. */
import type { Rule, RuleFinding } from '../rule';
import { containersOf, podTemplate, str } from '../../k8s/objects';
import { isK8s, isPatch } from './guard';
import { at, pathSpan } from '../place';

export const missingProbesRule: Rule = {
  id: 'k8s/missing-probes',
  severity: 'warning',
  description: 'Deployment/StatefulSet containers without a readiness or liveness probe.',
  appliesTo: (doc) => isK8s(doc, ['Deployment', 'StatefulSet']),
  check(doc, ctx) {
    if (isPatch(doc, ctx)) return [];
    const t = podTemplate(doc);
    if (!t) return [];
    const out: RuleFinding[] = [];
    for (const c of containersOf(t)) {
      if (c.init) continue;
      const missing = ['readinessProbe', 'livenessProbe'].filter((p) => c.container[p] === undefined);
      if (!missing.length) continue;
      const name = str(c.container.name) ?? 'container';
      out.push(
        at(
          pathSpan(doc, [...c.path, 'name']),
          `Container \`${name}\` has no ${missing.join(' or ')}: ${missing.includes('readinessProbe') ? 'traffic may reach it before it is ready' : 'a hung process is never restarted'}. Add ${missing.length > 1 ? 'them' : 'it'} (an HTTP, TCP or exec check of the app).`,
        ),
      );
    }
    return out;
  },
};
