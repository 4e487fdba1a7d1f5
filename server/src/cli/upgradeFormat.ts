/** Text, JSON and Markdown forms of an upgrade-readiness report (`upgrade-check`). */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UpgradeReport } from '../core/k8s/versions/upgrade';
import { upgradeMarkdownReport, upgradeSummary } from '../core/k8s/versions/upgradeMarkdown';

const pathOf = (uri: string, cwd: string) => {
  try {
    return relative(cwd, fileURLToPath(uri)) || uri;
  } catch {
    return uri;
  }
};

export function upgradeText(r: UpgradeReport, cwd: string): string {
  const lines = r.items.map(
    (i) =>
      `${pathOf(i.uri, cwd)}:${i.line + 1}  ${i.severity === 'breaks' ? 'BREAKS' : 'deprecated'}  ${i.object}: ${i.problem}; ${i.fix}.${
        i.alreadyFailing ? (i.severity === 'breaks' ? ' (already failing now)' : ' (already warned now)') : ''
      }`,
  );
  return [...lines, upgradeSummary(r)].join('\n') + '\n';
}

export function upgradeJson(r: UpgradeReport, cwd: string): string {
  return `${JSON.stringify({ ...r, items: r.items.map((i) => ({ ...i, file: pathOf(i.uri, cwd), line: i.line + 1 })) }, null, 2)}\n`;
}

export function upgradeMarkdown(r: UpgradeReport, cwd: string): string {
  return upgradeMarkdownReport(r, { label: (uri) => pathOf(uri, cwd), link: (uri, line) => `${pathOf(uri, cwd)}#L${line + 1}` });
}
