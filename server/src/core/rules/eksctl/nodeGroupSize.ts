/**
 * eksctl node group sizes as eksctl checks them before it creates anything: minSize ≤
 * desiredCapacity ≤ maxSize, minSize ≤ maxSize, no negative sizes, and an update's
 * `maxUnavailable` not above maxSize.
 */
import type { Rule, RuleFinding } from '../rule';
import { asObj, str } from '../../k8s/objects';
import { isEksctl, nodeGroups } from './guard';
import { at, pathSpan } from '../place';

export const nodeGroupSizeRule: Rule = {
  id: 'eks/nodegroup-size',
  severity: 'error',
  description: 'eksctl node groups with minSize ≤ desiredCapacity ≤ maxSize, no negative sizes, updateConfig.maxUnavailable ≤ maxSize.',
  appliesTo: (doc) => isEksctl(doc, ['ClusterConfig']),
  check(doc) {
    const out: RuleFinding[] = [];
    for (const { ng, path } of nodeGroups(asObj(doc.value))) {
      const name = str(ng.name) ?? '?';
      const n = (k: string) => (typeof ng[k] === 'number' ? (ng[k] as number) : undefined);
      const min = n('minSize');
      const max = n('maxSize');
      const desired = n('desiredCapacity');
      for (const [k, v] of [
        ['minSize', min],
        ['maxSize', max],
        ['desiredCapacity', desired],
      ] as const)
        if (v !== undefined && v < 0) out.push(at(pathSpan(doc, [...path, k]), `\`${k}\` of node group \`${name}\` may not be negative.`));
      if (min !== undefined && max !== undefined && min > max)
        out.push(
          at(
            pathSpan(doc, [...path, 'maxSize']),
            `Node group \`${name}\`: maxSize (${max}) is below minSize (${min}); eksctl refuses it. Raise maxSize or lower minSize.`,
          ),
        );
      else if (desired !== undefined) {
        if (min !== undefined && desired < min)
          out.push(
            at(
              pathSpan(doc, [...path, 'desiredCapacity']),
              `Node group \`${name}\`: desiredCapacity (${desired}) is below minSize (${min}); eksctl refuses it.`,
            ),
          );
        if (max !== undefined && desired > max)
          out.push(
            at(
              pathSpan(doc, [...path, 'desiredCapacity']),
              `Node group \`${name}\`: desiredCapacity (${desired}) is above maxSize (${max}); eksctl refuses it.`,
            ),
          );
      }
      const maxUnavailable = asObj(ng.updateConfig).maxUnavailable;
      const ceiling = max ?? desired ?? min;
      if (typeof maxUnavailable === 'number' && ceiling !== undefined && maxUnavailable > ceiling)
        out.push(
          at(
            pathSpan(doc, [...path, 'updateConfig', 'maxUnavailable']),
            `Node group \`${name}\`: updateConfig.maxUnavailable (${maxUnavailable}) is above its maxSize (${ceiling}).`,
          ),
        );
    }
    return out;
  },
};
