/** Lint output: text for people, JSON (LSP-shaped ranges, a stable contract) and SARIF 2.1.0 for code scanning. */
import { relative } from 'node:path';
import type { Finding, SourceFile } from '../core/types';
import { allRules } from '../core/rules/index';

export interface Reported {
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: Finding['severity'];
  code: string;
  source: string;
  message: string;
}

export function toReported(path: string, file: SourceFile, f: Finding): Reported {
  return { file: path, range: file.lines.range(f.offset, f.length), severity: f.severity, code: f.code, source: 'ecs-eks-architect', message: f.message };
}

export function formatText(items: Reported[], cwd = process.cwd()): string {
  const lines = items.map((d) => `${relative(cwd, d.file) || d.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.message} [${d.code}]`);
  const count = (s: string) => items.filter((d) => d.severity === s).length;
  lines.push(`${count('error')} error(s), ${count('warning')} warning(s), ${count('information') + count('hint')} note(s)`);
  return lines.join('\n') + '\n';
}

export function formatJson(items: Reported[]): string {
  return JSON.stringify(items, null, 2) + '\n';
}

const sarifLevel = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function formatSarif(items: Reported[], version: string, cwd = process.cwd()): string {
  const ruleIds = [...new Set(items.map((d) => d.code))].sort();
  const described = new Map(allRules.map((r) => [r.id, r.description]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'ecs-eks-architect', version, informationUri: 'https://marketplace.visualstudio.com/items?itemName=ecs-eks-architect.ecs-eks-architect', rules: ruleIds.map((id) => ({ id, shortDescription: { text: described.get(id) ?? id } })) } },
      results: items.map((d) => ({
        ruleId: d.code,
        level: sarifLevel[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: {
          artifactLocation: { uri: relative(cwd, d.file).split('\\').join('/') || d.file },
          // SARIF is 1-based
          region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
        } }],
      })),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
