/**
 * Lint in-memory templates through the language service (the CloudFormation rule tests): one
 * shape for every test — `findings(id, text)` with a template from `tpl(…)` (and `role(…)`).
 */
import { LanguageService } from '../../../../server/src/core/service';
import { SchemaStore } from '../../../../server/src/core/schema/store';
import { nodeRuntime, nodeSchemaSource } from '../../../../server/src/node/runtime';
import type { Finding } from '../../../../server/src/core/types';
import { spanOf } from '../../ecs/helpers';

export { spanOf };

const store = new SchemaStore(nodeSchemaSource());

/** every finding on `text` at `file:///ws/<file>` (YAML unless the name ends in .json), other files beside it */
export function allFindings(text: string, file = 'template.yaml', others: Record<string, string> = {}): Finding[] {
  const ls = new LanguageService({ runtime: nodeRuntime(), store });
  for (const [name, t] of Object.entries(others)) ls.update(`file:///ws/${name}`, t);
  const uri = `file:///ws/${file}`;
  ls.update(uri, text);
  return ls.diagnostics(uri);
}

/** the findings of rule `id` on `text` */
export function findings(id: string, text: string, file = 'template.yaml', others: Record<string, string> = {}): Finding[] {
  return allFindings(text, file, others).filter((f) => f.code === id);
}

/** "message" of each finding, with the text it covers: `[covered] message` */
export function shown(id: string, text: string, file = 'template.yaml'): string[] {
  return findings(id, text, file).map((f) => `[${spanOf(text, f)}] ${f.message}`);
}

/** the text after applying a finding's first fix */
export function fixed(text: string, f: Finding): string {
  const e = f.fixes![0].edits[0];
  return text.slice(0, e.offset) + e.newText + text.slice(e.offset + e.length);
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
