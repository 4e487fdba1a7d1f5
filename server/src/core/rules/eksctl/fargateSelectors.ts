/**
 * eksctl Fargate profiles as eksctl and EKS check them: a name that does not start with the
 * reserved `eks-`, one to five selectors, and a non-empty namespace in each selector (a missing one is a
 * schema error).
 */
import type { Rule, RuleFinding } from '../rule';
import { asArr, asObj, isObj, str } from '../../k8s/objects';
import { isEksctl } from './guard';
import { at, pathSpan } from '../place';

export const fargateSelectorsRule: Rule = {
  id: 'eks/fargate-selectors',
  severity: 'error',
  description: 'eksctl Fargate profiles with a name not starting with eks-, one to five selectors, each with a non-empty namespace.',
  appliesTo: (doc) => isEksctl(doc, ['ClusterConfig']),
  check(doc) {
    const out: RuleFinding[] = [];
    asArr(asObj(doc.value).fargateProfiles).forEach((p, i) => {
      if (!isObj(p)) return;
      const here = ['fargateProfiles', i];
      const name = str(p.name);
      if (!name) out.push(at(pathSpan(doc, [...here, 'name'], true), 'A Fargate profile needs a `name`.'));
      else if (name.startsWith('eks-'))
        out.push(
          at(pathSpan(doc, [...here, 'name']), `Fargate profile names may not start with "eks-" (reserved by AWS): rename \`${name}\`.`),
        );
      const selectors = asArr(p.selectors);
      if (!selectors.length)
        out.push(
          at(
            pathSpan(doc, [...here, p.selectors === undefined ? 'name' : 'selectors'], true),
            `Fargate profile \`${name ?? '?'}\` has no selectors: add at least one (\`- namespace: …\`), or no pod will run on it.`,
          ),
        );
      else if (selectors.length > 5)
        out.push(
          at(
            pathSpan(doc, [...here, 'selectors'], true),
            `Fargate profile \`${name ?? '?'}\` has ${selectors.length} selectors; EKS allows at most 5.`,
          ),
        );
      selectors.forEach((s, j) => {
        // a missing namespace is a schema error already; an empty one is not
        if (isObj(s) && typeof s.namespace === 'string' && !s.namespace.trim())
          out.push(
            at(pathSpan(doc, [...here, 'selectors', j, 'namespace'], true), 'A Fargate profile selector needs a non-empty `namespace`.'),
          );
      });
    });
    return out;
  },
};
