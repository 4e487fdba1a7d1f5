/** Lint in-memory templates through the language service (the CloudFormation rule tests). */
import { LanguageService } from '../../../../server/src/core/service';
import { SchemaStore } from '../../../../server/src/core/schema/store';
import { nodeRuntime, nodeSchemaSource } from '../../../../server/src/node/runtime';
import type { Finding } from '../../../../server/src/core/types';
import { service, spanOf, type Doc } from '../../ecs/helpers';

export { spanOf };

const store = new SchemaStore(nodeSchemaSource());

/** the findings of rule `id` on `text` (YAML unless the file name ends in .json) */
export function findings(id: string, text: string, file = 'template.yaml', others: Record<string, string> = {}): Finding[] {
  const ls = new LanguageService({ runtime: nodeRuntime(), store });
  for (const [name, t] of Object.entries(others)) ls.update(`file:///ws/${name}`, t);
  const uri = `file:///ws/${file}`;
  ls.update(uri, text);
  return ls.diagnostics(uri).filter((f) => f.code === id);
}

/** "message" of each finding, with the text it covers: `[covered] message` */
export function shown(id: string, text: string, file = 'template.yaml'): string[] {
  return findings(id, text, file).map((f) => `[${text.slice(f.offset, f.offset + f.length)}] ${f.message}`);
}

/** the text after applying a finding's first fix */
export function fixed(text: string, f: Finding): string {
  const e = f.fixes![0].edits[0];
  return text.slice(0, e.offset) + e.newText + text.slice(e.offset + e.length);
}

/** a minimal template around some resources (YAML) */
export const yaml = (resources: string, extra = ''): string => `AWSTemplateFormatVersion: '2010-09-09'\n${extra}Resources:\n${resources}`;

/** findings with `code` (all when omitted) for a template at `file:///ws/template.yaml` */
export function lint(text: string, code?: string, others: Doc[] = []): Finding[] {
  const uri = 'file:///ws/template.yaml';
  const all = service({ uri, text }, ...others).diagnostics(uri);
  return code ? all.filter((f) => f.code === code) : all;
}

/** a template with these resources (YAML, indented two spaces under Resources); the same as `yaml` */
export const tpl = yaml;

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
