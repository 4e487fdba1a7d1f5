/** Containers without CPU/memory requests and a memory limit schedule blindly and can starve their node. */
import type { Rule, RuleFinding } from '../rule';
import { asObj, containersOf, podTemplate, str, WORKLOAD_KINDS } from '../../k8s/objects';
import { isK8s, isPatch } from './guard';
import { at, pathSpan } from '../place';

export const missingResourcesRule: Rule = {
  id: 'k8s/missing-resources',
  severity: 'warning',
  description: 'Containers without CPU/memory requests or a memory limit.',
  appliesTo: (doc) => isK8s(doc, WORKLOAD_KINDS),
  check(doc, ctx) {
    if (isPatch(doc, ctx)) return [];
    const t = podTemplate(doc);
    if (!t) return [];
    const out: RuleFinding[] = [];
    for (const c of containersOf(t)) {
      if (c.path.includes('ephemeralContainers')) continue;
      const res = asObj(c.container.resources);
      const req = asObj(res.requests);
      const lim = asObj(res.limits);
      const missing: string[] = [];
      // a limit without a request makes the request equal to the limit
      if (req.cpu === undefined && lim.cpu === undefined) missing.push('CPU request');
      if (req.memory === undefined && lim.memory === undefined) missing.push('memory request');
      if (lim.memory === undefined) missing.push('memory limit');
      if (!missing.length) continue;
      const name = str(c.container.name) ?? 'container';
      const path = c.container.resources !== undefined ? [...c.path, 'resources'] : [...c.path, 'name'];
      out.push(
        at(
          pathSpan(doc, path, c.container.resources !== undefined),
          `Container \`${name}\` sets no ${missing.join(', ')}: the scheduler cannot place it well and it may use up its node. Set resources.requests (cpu, memory) and resources.limits.memory.`,
        ),
      );
    }
    return out;
  },
};
