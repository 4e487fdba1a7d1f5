/** Values of the type the property takes: a string, an integer, a boolean, a list, an object. */
import type { Rule } from '../rule';
import { isTemplate, propertyFindings } from './guard';

export const valueTypeRule: Rule = {
  id: 'cfn/value-type',
  severity: 'error',
  description:
    'Property values of the type the specification gives (string, number, boolean, list, object); intrinsic functions are accepted anywhere.',
  appliesTo: isTemplate,
  check: (doc, ctx) => propertyFindings('type', doc, ctx),
};
