/**
 * What the upgrade command offers and reports: the versions the version table knows (and those EKS
 * offers), newest first, with their EKS support on `today`; and the report over every Kubernetes
 * file of the workspace as Markdown, named relative to the workspace folders.
 */
import type { LanguageService } from '../../service';
import type { KubernetesVersionsResult, ReportLink, UpgradeCheckParams, UpgradeCheckResult } from '../../../../../shared/src/protocol';
import { CALENDAR_DATE, EKS_RELEASES, eksRelease, supportStatus } from './eksCalendar';
import { compareMinor, parseMinor } from './minor';
import { versionTable } from './table';
import { targetFor } from './target';
import { upgradeReport } from './upgrade';
import { upgradeMarkdownReport } from './upgradeMarkdown';

function k8sFiles(service: LanguageService): string[] {
  return [...service.workspace.allFiles()]
    .filter((f) => f.docs.some((d) => d.kind.family === 'k8s'))
    .map((f) => f.uri)
    .sort();
}

export function kubernetesVersions(service: LanguageService): KubernetesVersionsResult {
  const today = service.settings.today ?? CALENDAR_DATE;
  const t = versionTable(service.store);
  const all = new Set(EKS_RELEASES.map((r) => r.version));
  const [, oldest] = t.oldest.split('.').map(Number);
  const [, newest] = t.newest.split('.').map(Number);
  for (let n = oldest; n <= newest; n++) all.add(`1.${n}`);
  const objects: Record<string, number> = {};
  for (const uri of k8sFiles(service)) {
    const v = targetFor(service.workspace, uri, service.settings).version;
    const n = service.workspace.get(uri)?.docs.filter((d) => d.kind.family === 'k8s').length ?? 0;
    objects[v] = (objects[v] ?? 0) + n;
  }
  const versions = [...all]
    .sort((a, b) => compareMinor(b, a))
    .map((version) => {
      const r = eksRelease(version);
      const released = !!r && r.released <= today;
      return {
        version,
        support: released ? supportStatus(version, today) : ('unknown' as const),
        ...(r && released ? { standardEnds: r.standardEnds, extendedEnds: r.extendedEnds } : {}),
        objects: objects[version] ?? 0,
      };
    });
  return { versions, today };
}

/** `file:///w/eks/app.yaml` under root `file:///w` → `eks/app.yaml` */
function labelIn(roots: readonly string[], uri: string): string {
  const root = roots
    .map((r) => (r.endsWith('/') ? r : `${r}/`))
    .filter((r) => uri.startsWith(r))
    .sort((a, b) => b.length - a.length)[0];
  const rel = root ? uri.slice(root.length) : uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(rel);
  } catch {
    return rel;
  }
}

export function upgradeCheck(service: LanguageService, params: UpgradeCheckParams): UpgradeCheckResult {
  const to = parseMinor(params.to);
  if (!to)
    return {
      markdown: `\`${String(params.to).slice(0, 20)}\` is not a Kubernetes version such as 1.35.\n`,
      links: [],
      objects: 0,
      breaks: 0,
      deprecated: 0,
    };
  const report = upgradeReport(service, k8sFiles(service), to);
  const roots = params.roots ?? [];
  const links: ReportLink[] = [];
  const markdown = upgradeMarkdownReport(report, { label: (uri) => labelIn(roots, uri) }, links);
  const breaks = report.items.filter((i) => i.severity === 'breaks').length;
  return { markdown, links, objects: report.objects, breaks, deprecated: report.items.length - breaks };
}
