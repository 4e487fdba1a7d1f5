/**
 * An upgrade-readiness report as Markdown, grouped by file then object, each finding linked to its
 * line: what the editor's command shows and what `upgrade-check --format markdown` prints.
 */
import type { UpgradeItem, UpgradeReport } from './upgrade';

export interface MarkdownPaths {
  /** the name a file is shown under (relative to the workspace or the current folder) */
  label(uri: string): string;
  /** the link target of a file's line (0-based) */
  link(uri: string, line: number): string;
}

/** Markdown special characters in names and messages taken from the files are shown as written. */
const esc = (s: string) => s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
/** link targets with spaces or parentheses stay one target */
const target = (s: string) => `<${s.replace(/[<>\s]/g, encodeURIComponent)}>`;

export function upgradeSummary(r: UpgradeReport): string {
  const breaks = r.items.filter((i) => i.severity === 'breaks').length;
  const later = r.items.length - breaks;
  const from = Object.keys(r.from).sort().join(', ') || 'nothing';
  return `Upgrade to Kubernetes ${r.to} (from ${from}): ${r.objects} objects checked, ${breaks} stop working, ${later} deprecated.`;
}

const line = (i: UpgradeItem, paths: MarkdownPaths) => {
  const what = i.severity === 'breaks' ? '**Stops working**' : '**Deprecated**';
  const now = i.alreadyFailing ? (i.severity === 'breaks' ? ' (already failing now)' : ' (already warned now)') : '';
  // problem and fix are our own words around backquoted names: kept as Markdown
  return `- [line ${i.line + 1}](${target(paths.link(i.uri, i.line))}) ${what}: ${i.problem}${now}. *Change:* ${i.fix}.`;
};

export function upgradeMarkdownReport(r: UpgradeReport, paths: MarkdownPaths): string {
  const out = [`# Upgrade to Kubernetes ${r.to}`, '', upgradeSummary(r), ''];
  if (!r.items.length) return [...out, 'Nothing to change.', ''].join('\n');
  const byFile = new Map<string, UpgradeItem[]>();
  for (const i of r.items) byFile.set(i.uri, [...(byFile.get(i.uri) ?? []), i]);
  for (const [uri, items] of [...byFile].sort(([a], [b]) => paths.label(a).localeCompare(paths.label(b)))) {
    out.push(`## [${esc(paths.label(uri))}](${target(paths.link(uri, 0))})`, '');
    const byObject = new Map<string, UpgradeItem[]>();
    for (const i of items) byObject.set(i.object, [...(byObject.get(i.object) ?? []), i]);
    for (const [object, list] of byObject) {
      out.push(`### ${esc(object)}`, '');
      for (const i of list.sort((a, b) => a.line - b.line)) out.push(line(i, paths));
      out.push('');
    }
  }
  return out.join('\n');
}
