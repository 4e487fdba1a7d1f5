/**
 * EC2 instance types written as EC2 names them (`m5.large`, `p4d.24xlarge`, `m7i.metal-24xl`):
 * a family with a generation digit, a dot and a size. EC2 names are case-sensitive. eksctl also
 * refuses `instanceType` together with `instanceTypes` in a managed node group.
 */
import type { Rule, RuleFinding } from '../rule';
import type { JsonPath } from '../../parse/tree';
import { asArr, asObj, isPlaceholder, str } from '../../k8s/objects';
import { isEksctl, nodeGroups } from './guard';
import { at, pathSpan } from '../place';

const FAMILY = /^[a-z][a-z0-9-]*\d[a-z0-9-]*$/;
const SIZE = /^(nano|micro|small|medium|large|xlarge|\d+xlarge|metal|metal-\d+xl)$/;

/** What is wrong with an instance type's spelling, or undefined. */
export function instanceTypeProblem(t: string): string | undefined {
  const dot = t.indexOf('.');
  if (dot < 0)
    return /^[a-z0-9]+-(nano|micro|small|medium|large|\d*xlarge)$/i.test(t)
      ? `separates family and size with "-": write \`${t.replace(/-(?=[^-]+$)/, '.')}\``
      : 'is not an instance type: it is written family.size, e.g. m5.large';
  if (t !== t.toLowerCase()) return `is written in lowercase: \`${t.toLowerCase()}\``;
  const family = t.slice(0, dot);
  const size = t.slice(dot + 1);
  if (!FAMILY.test(family)) return `has no instance family \`${family}\` (families look like m5, c7g, t3a)`;
  if (!SIZE.test(size)) return `has no size \`${size}\` (sizes look like large, xlarge, 4xlarge, metal)`;
  return undefined;
}

export const instanceTypeRule: Rule = {
  id: 'eks/instance-type',
  severity: 'error',
  description: 'eksctl node group instance types in the form EC2 uses (m5.large), and not both instanceType and instanceTypes.',
  appliesTo: (doc) => isEksctl(doc, ['ClusterConfig']),
  check(doc) {
    const out: RuleFinding[] = [];
    const judge = (t: unknown, here: JsonPath, allowMixed: boolean) => {
      if (typeof t !== 'string' || isPlaceholder(t) || (allowMixed && t === 'mixed')) return;
      const problem = instanceTypeProblem(t);
      if (problem) out.push(at(pathSpan(doc, here), `Instance type \`${t}\` ${problem}.`));
    };
    for (const { ng, path, managed } of nodeGroups(asObj(doc.value))) {
      judge(ng.instanceType, [...path, 'instanceType'], !managed);
      asArr(ng.instanceTypes).forEach((t, i) => judge(t, [...path, 'instanceTypes', i], false));
      asArr(asObj(ng.instancesDistribution).instanceTypes).forEach((t, i) =>
        judge(t, [...path, 'instancesDistribution', 'instanceTypes', i], false),
      );
      if (managed && ng.instanceType !== undefined && asArr(ng.instanceTypes).length)
        out.push(
          at(
            pathSpan(doc, [...path, 'instanceTypes'], true),
            `Managed node group \`${str(ng.name) ?? '?'}\` sets both \`instanceType\` and \`instanceTypes\`: eksctl takes one of them.`,
          ),
        );
    }
    return out;
  },
};
