/**
 * Diagnostic codes that come from the parsers and the schema validator rather than from a rule
 * in the registry. They can be turned off or re-levelled by code like any rule; the SARIF output
 * and docs/rules.md describe them from here.
 */
import type { Severity } from '../core/types';

export interface BuiltInCheck {
  severity: Severity;
  description: string;
}

export const BUILT_IN_CHECKS: Record<string, BuiltInCheck> = {
  syntax: {
    severity: 'error',
    description: 'JSON or YAML syntax error, at the exact spot; the other YAML documents of the file are still checked.',
  },
  'duplicate-key': { severity: 'error', description: 'A key appears twice in the same object; only the last one counts.' },
  schema: {
    severity: 'error',
    description:
      'The document does not match the JSON Schema of its kind: unknown or misspelled field, wrong type, value not allowed, required field missing.',
  },
  placeholder: {
    severity: 'warning',
    description:
      'A value the schema rejects is a template placeholder (`<ACCOUNT_ID>`, `${IMAGE}`, `aws_account_id`, `xxxxxxxxxxxx`, `{{ … }}`, an all-caps name such as `EFS_ID` where an id is wanted): substitute it before deploying. Reported once, instead of a schema error; ecspresso fills in its own template functions in the files its config names, so those are not reported.',
  },
  template: {
    severity: 'information',
    description:
      'A JSON file is broken only by bare `{{ … }}` template expressions (Go templates, ecspresso, Mustache): one notice naming the template syntax; those values are not checked.',
  },
  'yaml-alias-limit': {
    severity: 'warning',
    description: 'YAML aliases expand to too many nodes; the expansion is cut short and parts of the document are not checked.',
  },
};
