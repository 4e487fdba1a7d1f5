/** Lint output: text for people, JSON (LSP-shaped ranges, a stable contract) and SARIF 2.1.0 for code scanning. */
import { isAbsolute, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, SourceFile } from '../core/types';
import { allRules } from '../core/rules/index';
import { BUILT_IN_CHECKS } from './builtinChecks';

export interface Reported {
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: Finding['severity'];
  code: string;
  source: string;
  message: string;
}

export function toReported(path: string, file: SourceFile, f: Finding): Reported {
  return {
    file: path,
    range: file.lines.range(f.offset, f.length),
    severity: f.severity,
    code: f.code,
    source: 'ecs-eks-architect',
    message: f.message,
  };
}

/** a path relative to cwd when the file is under it, else the absolute path (no `../../` chains) */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** `checked`: how many files were read and how many of them are ECS/Kubernetes documents, so a
 *  clean run says what it looked at (a wrong path otherwise looks like a clean repository) */
export function formatText(items: Reported[], cwd = process.cwd(), checked?: { files: number; ours: number }): string {
  const lines = items.map(
    (d) => `${displayPath(d.file, cwd)}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.message} [${d.code}]`,
  );
  const count = (...s: string[]) => items.filter((d) => s.includes(d.severity)).length;
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  const totals = `${n(count('error'), 'error')}, ${n(count('warning'), 'warning')}, ${n(count('information', 'hint'), 'note')}`;
  lines.push(checked ? `${n(checked.files, 'file')} read, ${checked.ours} it checks: ${totals}` : totals);
  return lines.join('\n') + '\n';
}

export function formatJson(items: Reported[]): string {
  return JSON.stringify(items, null, 2) + '\n';
}

const sarifLevel = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** SARIF wants repository-relative paths; files outside the working folder get a file: URI */
function artifactUri(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, file);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel))
    return { uri: rel.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  return { uri: pathToFileURL(file).toString() };
}

export function formatSarif(items: Reported[], version: string, cwd = process.cwd()): string {
  const ruleIds = [...new Set(items.map((d) => d.code))].sort();
  const known = new Map(allRules.map((r) => [r.id, r]));
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ecs-eks-architect',
            version,
            informationUri: 'https://marketplace.visualstudio.com/items?itemName=ecs-eks-architect.ecs-eks-architect',
            rules: ruleIds.map((id) => {
              const rule = known.get(id);
              const text = rule?.description ?? BUILT_IN_CHECKS[id]?.description ?? id;
              return { id, shortDescription: { text }, ...(rule ? { defaultConfiguration: { level: sarifLevel[rule.severity] } } : {}) };
            }),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd).toString().replace(/\/?$/, '/') } },
        results: items.map((d) => ({
          ruleId: d.code,
          ruleIndex: index.get(d.code),
          level: sarifLevel[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactUri(d.file, cwd),
                // SARIF lines and columns are 1-based; LSP's are 0-based
                region: {
                  startLine: d.range.start.line + 1,
                  startColumn: d.range.start.character + 1,
                  endLine: d.range.end.line + 1,
                  endColumn: d.range.end.character + 1,
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
