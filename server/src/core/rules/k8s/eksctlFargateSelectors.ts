/**
 * eksctl Fargate profiles as eksctl and EKS check them: a name that does not start with the
 * reserved `eks-`, one to five selectors, and a namespace in each selector.
 */
import type { Rule, RuleFinding } from '../rule';
import { asArr, asObj, isObj, spanAt, str } from '../../k8s/objects';
import { isClusterConfig } from './eksctlGuard';

export const eksctlFargateSelectorsRule: Rule = {
  id: 'eks/fargate-selectors',
  severity: 'error',
  description: 'eksctl Fargate profiles with a name not starting with eks-, one to five selectors, each with a namespace.',
  appliesTo: isClusterConfig,
  check(doc) {
    const out: RuleFinding[] = [];
    asArr(asObj(doc.value).fargateProfiles).forEach((p, i) => {
      if (!isObj(p)) return;
      const at = ['fargateProfiles', i];
      const name = str(p.name);
      if (!name) out.push({ ...spanAt(doc, [...at, 'name'], true), message: 'A Fargate profile needs a `name`.' });
      else if (name.startsWith('eks-'))
        out.push({ ...spanAt(doc, [...at, 'name']), message: `Fargate profile names may not start with "eks-" (reserved by AWS): rename \`${name}\`.` });
      const selectors = asArr(p.selectors);
      if (!selectors.length)
        out.push({
          ...spanAt(doc, [...at, p.selectors === undefined ? 'name' : 'selectors'], true),
          message: `Fargate profile \`${name ?? '?'}\` has no selectors: add at least one (\`- namespace: …\`), or no pod will run on it.`,
        });
      else if (selectors.length > 5)
        out.push({ ...spanAt(doc, [...at, 'selectors'], true), message: `Fargate profile \`${name ?? '?'}\` has ${selectors.length} selectors; EKS allows at most 5.` });
      selectors.forEach((s, j) => {
        if (isObj(s) && !str(s.namespace))
          out.push({ ...spanAt(doc, [...at, 'selectors', j], true), message: 'Each Fargate profile selector needs a `namespace`.' });
      });
    });
    return out;
  },
};
