/** Strings outside the values a property allows (`LaunchType: FARGATE`, not `Fargate`). */
import type { Rule } from '../rule';
import { isTemplate, propertyFindings } from './guard';

export const allowedValueRule: Rule = {
  id: 'cfn/allowed-value',
  severity: 'error',
  description: 'Property values among the values the specification allows, with a fix for the nearest one.',
  appliesTo: isTemplate,
  check: (doc, ctx) => propertyFindings('allowed', doc, ctx),
};
