/**
 * An upgrade-readiness report as Markdown, grouped by file then object, each finding linked to its
 * line: what the editor's command shows and what `upgrade-check --format markdown` prints.
 * The CLI writes Markdown links (relative paths). The editor's report has none in its text: a
 * `file:` link there is opened by the client's side in code-server, which cannot reach the
 * server's files; the report lists where each link goes (`ReportLink`) and the extension makes
 * them links with the workspace's own URIs.
 */
import type { ReportLink } from '../../../../../shared/src/protocol';
import type { UpgradeItem, UpgradeReport } from './upgrade';

export interface MarkdownPaths {
  /** the name a file is shown under (relative to the workspace or the current folder) */
  label(uri: string): string;
  /** the link target of a file's line (0-based); without it the text has no links and `links` gets them */
  link?(uri: string, line: number): string;
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

/** `text` linked to a file's line: a Markdown link, or plain text recorded in `links` at `out`'s next line */
function linked(
  text: string,
  prefix: string,
  uri: string,
  line: number,
  paths: MarkdownPaths,
  out: string[],
  links?: ReportLink[],
): string {
  if (paths.link) return `${prefix}[${text}](${target(paths.link(uri, line))})`;
  links?.push({ reportLine: out.length, start: prefix.length, length: text.length, uri, line });
  return `${prefix}${text}`;
}

const item = (i: UpgradeItem, paths: MarkdownPaths, out: string[], links?: ReportLink[]) => {
  const what = i.severity === 'breaks' ? '**Stops working**' : '**Deprecated**';
  const now = i.alreadyFailing ? (i.severity === 'breaks' ? ' (already failing now)' : ' (already warned now)') : '';
  // problem and fix are our own words around backquoted names: kept as Markdown
  return `${linked(`line ${i.line + 1}`, '- ', i.uri, i.line, paths, out, links)} ${what}: ${i.problem}${now}. *Change:* ${i.fix}.`;
};

export function upgradeMarkdownReport(r: UpgradeReport, paths: MarkdownPaths, links?: ReportLink[]): string {
  const out = [`# Upgrade to Kubernetes ${r.to}`, '', upgradeSummary(r), ''];
  if (!r.items.length) return [...out, 'Nothing to change.', ''].join('\n');
  const byFile = new Map<string, UpgradeItem[]>();
  for (const i of r.items) byFile.set(i.uri, [...(byFile.get(i.uri) ?? []), i]);
  for (const [uri, items] of [...byFile].sort(([a], [b]) => paths.label(a).localeCompare(paths.label(b)))) {
    out.push(linked(esc(paths.label(uri)), '## ', uri, 0, paths, out, links), '');
    const byObject = new Map<string, UpgradeItem[]>();
    for (const i of items) byObject.set(i.object, [...(byObject.get(i.object) ?? []), i]);
    for (const [object, list] of byObject) {
      out.push(`### ${esc(object)}`, '');
      for (const i of list.sort((a, b) => a.line - b.line)) out.push(item(i, paths, out, links));
      out.push('');
    }
  }
  return out.join('\n');
}
