/**
 * eksctl `metadata.version`: the Kubernetes versions EKS offers (completion), what EKS support each
 * has left (hover), from the dated calendar in k8s/versions/eksCalendar.ts, judged on
 * `settings.today`.
 */
import type { CompletionContributor } from '../complete/types';
import type { HoverContributor } from '../hover/contributors';
import { valueEntry } from '../k8s/complete/entries';
import { CALENDAR_DATE, EKS_RELEASES, eksRelease, offeredVersions, supportStatus, type EksRelease } from '../k8s/versions/eksCalendar';
import { compareMinor, parseMinor } from '../k8s/versions/minor';
import { asText } from '../text/asText';

const GUIDE = 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html';

const atVersion = (path: readonly (string | number)[]) => path.length === 2 && path[0] === 'metadata' && path[1] === 'version';

/** Where `version` stands on `today`: 'ended' also for versions older than the calendar. */
export function eksSupport(version: string, today: string): ReturnType<typeof supportStatus> {
  const known = supportStatus(version, today);
  if (known !== 'unknown') return known;
  const oldest = EKS_RELEASES[EKS_RELEASES.length - 1].version;
  return compareMinor(version, oldest) < 0 ? 'ended' : 'unknown';
}

export function supportLine(r: EksRelease, today: string): string {
  switch (supportStatus(r.version, today)) {
    case 'standard':
      return `standard support until ${r.standardEnds}, then extended support until ${r.extendedEnds}`;
    case 'extended':
      return `extended support (extra hourly cost) until ${r.extendedEnds}; standard support ended ${r.standardEnds}`;
    default:
      return `support ended ${r.extendedEnds}`;
  }
}

export const eksVersionCompletion: CompletionContributor = (ctx, { settings }) => {
  if (ctx.doc.kind.family !== 'eksctl' || ctx.atKey || !atVersion(ctx.path)) return [];
  const today = settings.today ?? CALENDAR_DATE;
  return offeredVersions(today).map((r, i) =>
    // quoted in YAML: eksctl refuses the number 1.3 that an unquoted 1.30 reads as
    valueEntry(ctx, r.version, {
      kind: 'enum',
      detail: supportStatus(r.version, today) === 'standard' ? 'EKS standard support' : 'EKS extended support',
      documentation: `Kubernetes ${r.version} on EKS: ${supportLine(r, today)}.`,
      sortText: asText(i).padStart(2, '0'),
    }),
  );
};

export const eksVersionHover: HoverContributor = (t, { settings }) => {
  if (t.doc.kind.family !== 'eksctl' || !atVersion(t.path)) return undefined;
  const today = settings.today ?? CALENDAR_DATE;
  const rows = EKS_RELEASES.filter((r) => r.released <= today).map(
    (r) => `| ${r.version} | ${r.standardEnds} | ${r.extendedEnds} | ${supportStatus(r.version, today)} |`,
  );
  const v = t.isKey ? undefined : parseMinor(t.node.value);
  const r = v ? eksRelease(v) : undefined;
  const head = v
    ? r && r.released <= today
      ? `**Kubernetes ${v} on EKS:** ${supportLine(r, today)}.`
      : eksSupport(v, today) === 'ended'
        ? `**Kubernetes ${v}** is no longer supported by EKS.`
        : `**Kubernetes ${v}** is not in the EKS calendar of ${CALENDAR_DATE}.`
    : '**EKS Kubernetes versions**';
  return [
    head,
    `| Version | Standard support ends | Extended support ends | On ${today} |\n|---|---|---|---|\n${rows.join('\n')}`,
    `[Kubernetes versions on EKS](${GUIDE})`,
  ].join('\n\n');
};
