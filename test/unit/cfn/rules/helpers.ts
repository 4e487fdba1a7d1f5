/** Runs a template through the language service and returns what one rule reports on it. */
import { LanguageService } from '../../../../server/src/core/service';
import { SchemaStore } from '../../../../server/src/core/schema/store';
import { nodeRuntime, nodeSchemaSource } from '../../../../server/src/node/runtime';
import type { Finding } from '../../../../server/src/core/types';

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
