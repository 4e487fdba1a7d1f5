/** Lint in-memory templates through the language service (the CloudFormation rule tests). */
import { service, spanOf, type Doc } from '../../ecs/helpers';
import type { Finding } from '../../../../server/src/core/types';

export { spanOf };

/** findings with `code` (all when omitted) for a template at `file:///ws/template.yaml` */
export function lint(text: string, code?: string, others: Doc[] = []): Finding[] {
  const uri = 'file:///ws/template.yaml';
  const all = service({ uri, text }, ...others).diagnostics(uri);
  return code ? all.filter((f) => f.code === code) : all;
}

/** a template with these resources (YAML, indented two spaces under Resources) */
export const tpl = (resources: string, head = ''): string => `AWSTemplateFormatVersion: '2010-09-09'\n${head}Resources:\n${resources}`;

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
