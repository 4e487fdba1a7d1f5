/** A service picks capacity either by launchType or by capacityProviderStrategy, never both. */
import type { Rule, RuleFinding } from '../rule';
import { findProperty, findNodeAtPath } from '../../parse/tree';
import { asArray, isObj, keyNode } from '../../ecs/model';
import { serviceValue } from '../../ecs/service';
import { removeProperty } from '../../edit/removeProperty';
import { isEcs } from './guard';
import { at } from '../place';

export const serviceLaunchTypeStrategy: Rule = {
  id: 'ecs/service-launch-type-strategy',
  severity: 'error',
  description: 'launchType and capacityProviderStrategy are exclusive; FARGATE_SPOT is a capacity provider; one provider may have a base.',
  appliesTo: (doc) => isEcs(doc, ['service']),
  check(doc, ctx) {
    const s = serviceValue(doc);
    const body = doc.body;
    if (!s || !body) return [];
    const out: RuleFinding[] = [];
    const strategy = asArray(s.capacityProviderStrategy);
    const ltProp = s.launchType === undefined ? undefined : findProperty(body, 'launchType');
    if (ltProp && strategy.length > 0) {
      out.push(
        at(
          ltProp.children![0],
          'Set either "launchType" or "capacityProviderStrategy", not both. Remove "launchType" to use the strategy.',
          [{ title: 'Remove "launchType"', edits: removeProperty(ctx.file, ltProp), preferred: true }],
        ),
      );
    } else if (ltProp && s.launchType === 'FARGATE_SPOT') {
      const json = ctx.file.language === 'json';
      const text = json
        ? '"capacityProviderStrategy": [{ "capacityProvider": "FARGATE_SPOT", "weight": 1 }]'
        : 'capacityProviderStrategy: [{ capacityProvider: FARGATE_SPOT, weight: 1 }]';
      out.push(
        at(
          ltProp.children![1] ?? ltProp.children![0],
          'FARGATE_SPOT is a capacity provider, not a launch type. Use "capacityProviderStrategy" with provider FARGATE_SPOT.',
          [
            {
              title: 'Use a FARGATE_SPOT capacity provider strategy',
              edits: [{ offset: ltProp.offset, length: ltProp.length, newText: text }],
              preferred: true,
            },
          ],
        ),
      );
    }
    let withBase = 0;
    strategy.forEach((p, i) => {
      if (!isObj(p) || typeof p.base !== 'number' || p.base <= 0) return;
      if (++withBase === 2) {
        const n = findNodeAtPath(body, ['capacityProviderStrategy', i, 'base'])!;
        out.push(at(n, 'Only one capacity provider of a strategy can have a "base". Set the others to 0 or remove them.'));
      }
    });
    if (strategy.length > 0 && strategy.every((p) => isObj(p) && typeof p.weight === 'number' && p.weight === 0)) {
      out.push(
        at(
          keyNode(body, 'capacityProviderStrategy')!,
          'At least one capacity provider needs a "weight" above 0, or no task beyond the base is ever placed.',
        ),
      );
    }
    return out;
  },
};
