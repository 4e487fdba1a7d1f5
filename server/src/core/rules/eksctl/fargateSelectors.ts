/**
 * eksctl Fargate profiles as eksctl and EKS check them: a name that does not start with the
 * reserved `eks-`, one to five selectors, and a non-empty namespace in each selector (a missing one is a
 * schema error).
 */
import type { Rule, RuleFinding } from '../rule';
import { asArr, asObj, isObj, spanAt, str } from '../../k8s/objects';
import { isClusterConfig } from './guard';

export const fargateSelectorsRule: Rule = {
  id: 'eks/fargate-selectors',
  severity: 'error',
  description: 'eksctl Fargate profiles with a name not starting with eks-, one to five selectors, each with a non-empty namespace.',
  appliesTo: isClusterConfig,
  check(doc) {
    const out: RuleFinding[] = [];
    asArr(asObj(doc.value).fargateProfiles).forEach((p, i) => {
      if (!isObj(p)) return;
      const at = ['fargateProfiles', i];
      const name = str(p.name);
      if (!name) out.push({ ...spanAt(doc, [...at, 'name'], true), message: 'A Fargate profile needs a `name`.' });
      else if (name.startsWith('eks-'))
        out.push({
          ...spanAt(doc, [...at, 'name']),
          message: `Fargate profile names may not start with "eks-" (reserved by AWS): rename \`${name}\`.`,
        });
      const selectors = asArr(p.selectors);
      if (!selectors.length)
        out.push({
          ...spanAt(doc, [...at, p.selectors === undefined ? 'name' : 'selectors'], true),
          message: `Fargate profile \`${name ?? '?'}\` has no selectors: add at least one (\`- namespace: …\`), or no pod will run on it.`,
        });
      else if (selectors.length > 5)
        out.push({
          ...spanAt(doc, [...at, 'selectors'], true),
          message: `Fargate profile \`${name ?? '?'}\` has ${selectors.length} selectors; EKS allows at most 5.`,
        });
      selectors.forEach((s, j) => {
        // a missing namespace is a schema error already; an empty one is not
        if (isObj(s) && typeof s.namespace === 'string' && !s.namespace.trim())
          out.push({
            ...spanAt(doc, [...at, 'selectors', j, 'namespace'], true),
            message: 'A Fargate profile selector needs a non-empty `namespace`.',
          });
      });
    });
    return out;
  },
};
