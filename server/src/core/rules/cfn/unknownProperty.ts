/** Properties the resource type (or property type) does not have: CloudFormation rejects the template. */
import type { Rule } from '../rule';
import { isTemplate, propertyFindings } from './guard';

export const unknownPropertyRule: Rule = {
  id: 'cfn/unknown-property',
  severity: 'error',
  description: 'Resource properties the resource type has (from the CloudFormation resource specification), with a fix for a misspelling.',
  appliesTo: isTemplate,
  check: (doc, ctx) => propertyFindings('unknown', doc, ctx),
};
