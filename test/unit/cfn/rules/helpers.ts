/**
 * The CloudFormation rule tests' helpers, on the shared shape in ../../helpers: one form for every
 * test — `findings(id, text)` with a template from `tpl(…)` (and `role(…)`).
 */
import type { Finding } from '../../../../server/src/core/types';
import { findingsOf, fixed, spanOf } from '../../helpers';

export { fixed, spanOf };

/** every finding on `text` at `file:///ws/<file>` (YAML unless the name ends in .json), other files beside it */
export const allFindings = (text: string, file = 'template.yaml', others: Record<string, string> = {}): Finding[] =>
  findingsOf(undefined, { [file]: text, ...others }, file);

/** the findings of rule `id` on `text` */
export const findings = (id: string, text: string, file = 'template.yaml', others: Record<string, string> = {}): Finding[] =>
  findingsOf(id, { [file]: text, ...others }, file);

/** "message" of each finding, with the text it covers: `[covered] message` */
export function shown(id: string, text: string, file = 'template.yaml'): string[] {
  return findings(id, text, file).map((f) => `[${spanOf(text, f)}] ${f.message}`);
}

/** a minimal template around some resources (YAML, indented two spaces under Resources), `extra` sections before them */
export const tpl = (resources: string, extra = ''): string => `AWSTemplateFormatVersion: '2010-09-09'\n${extra}Resources:\n${resources}`;

/** a role trusted by `service`, with extra role YAML (policies) indented four spaces */
export const role = (name: string, service: string, extra = ''): string => `  ${name}:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: ${service} }
            Action: sts:AssumeRole
${extra}`;
