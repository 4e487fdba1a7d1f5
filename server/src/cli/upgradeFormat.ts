/** Text, JSON and Markdown forms of an upgrade-readiness report (`upgrade-check`). */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UpgradeReport } from '../core/k8s/versions/upgrade';

const pathOf = (uri: string, cwd: string) => {
  try {
    return relative(cwd, fileURLToPath(uri)) || uri;
  } catch {
    return uri;
  }
};

const summary = (r: UpgradeReport) => {
  const breaks = r.items.filter((i) => i.severity === 'breaks').length;
  const later = r.items.length - breaks;
  const from = Object.keys(r.from).sort().join(', ') || 'nothing';
  return `Upgrade to Kubernetes ${r.to} (from ${from}): ${r.objects} objects checked, ${breaks} stop working, ${later} deprecated.`;
};

export function upgradeText(r: UpgradeReport, cwd: string): string {
  const lines = r.items.map(
    (i) =>
      `${pathOf(i.uri, cwd)}:${i.line + 1}  ${i.severity === 'breaks' ? 'BREAKS' : 'deprecated'}  ${i.object}: ${i.problem}; ${i.fix}.${
        i.alreadyFailing ? ' (already failing now)' : ''
      }`,
  );
  return [...lines, summary(r)].join('\n') + '\n';
}

export function upgradeJson(r: UpgradeReport, cwd: string): string {
  return `${JSON.stringify({ ...r, items: r.items.map((i) => ({ ...i, file: pathOf(i.uri, cwd), line: i.line + 1 })) }, null, 2)}\n`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function upgradeMarkdown(r: UpgradeReport, cwd: string): string {
  const out = [`# Upgrade to Kubernetes ${r.to}`, '', summary(r), ''];
  if (!r.items.length) return [...out, 'Nothing to change.', ''].join('\n');
  out.push('| File | Object | What | Change |', '|---|---|---|---|');
  for (const i of r.items)
    out.push(
      `| ${cell(pathOf(i.uri, cwd))}:${i.line + 1} | ${cell(i.object)} | ${i.severity === 'breaks' ? '**stops working**' : 'deprecated'}: ${cell(i.problem)}${
        i.alreadyFailing ? ' (already failing now)' : ''
      } | ${cell(i.fix)} |`,
    );
  return out.join('\n') + '\n';
}
