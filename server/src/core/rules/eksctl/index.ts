/** The eksctl rules, in the order they report (ClusterConfig checks beyond its schema). */
import type { Rule } from '../rule';
import { nodeGroupSizeRule } from './nodeGroupSize';
import { instanceTypeRule } from './instanceType';
import { availabilityZonesRule } from './availabilityZones';
import { fargateSelectorsRule } from './fargateSelectors';
import { clusterVersionRule } from './clusterVersion';

export const eksctlRules: Rule[] = [nodeGroupSizeRule, instanceTypeRule, availabilityZonesRule, fargateSelectorsRule, clusterVersionRule];
