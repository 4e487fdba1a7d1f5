/** Properties a resource type (or property type) requires. */
import type { Rule } from '../rule';
import { isTemplate, propertyFindings } from './guard';

export const requiredPropertyRule: Rule = {
  id: 'cfn/required-property',
  severity: 'error',
  description: 'Every property the resource type requires is set (from the CloudFormation resource specification).',
  appliesTo: isTemplate,
  check: (doc, ctx) => propertyFindings('required', doc, ctx),
};
