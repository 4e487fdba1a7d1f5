/**
 * The Amazon EKS Kubernetes release calendar, as of CALENDAR_DATE: when each version came to EKS and
 * when its standard (14 months) and extended (12 more months) support end. Source: the EKS user
 * guide, "Understand the Kubernetes version lifecycle on EKS". Update it when EKS adds a version.
 */
import { compareMinor } from './minor';

export const CALENDAR_DATE = '2026-12-02';

export interface EksRelease {
  version: string;
  released: string;
  standardEnds: string;
  extendedEnds: string;
}

export const EKS_RELEASES: readonly EksRelease[] = [
  { version: '1.35', released: '2026-01-27', standardEnds: '2027-03-27', extendedEnds: '2028-03-27' },
  { version: '1.34', released: '2025-10-02', standardEnds: '2026-12-02', extendedEnds: '2027-12-02' },
  { version: '1.33', released: '2025-05-29', standardEnds: '2026-07-29', extendedEnds: '2027-07-29' },
  { version: '1.32', released: '2025-01-23', standardEnds: '2026-03-23', extendedEnds: '2027-03-23' },
  { version: '1.31', released: '2024-09-26', standardEnds: '2025-11-26', extendedEnds: '2026-11-26' },
  { version: '1.30', released: '2024-05-23', standardEnds: '2025-07-23', extendedEnds: '2026-07-23' },
  { version: '1.29', released: '2024-01-23', standardEnds: '2025-03-23', extendedEnds: '2026-03-23' },
];

export type SupportStatus = 'standard' | 'extended' | 'ended' | 'unknown';

export function eksRelease(version: string): EksRelease | undefined {
  return EKS_RELEASES.find((r) => r.version === version);
}

/** Where a version stands on `today` (YYYY-MM-DD); support ends at the start of the end date. */
export function supportStatus(version: string, today: string): SupportStatus {
  const r = eksRelease(version);
  if (!r) return 'unknown';
  if (today < r.standardEnds) return 'standard';
  if (today < r.extendedEnds) return 'extended';
  return 'ended';
}

/** The newest version in standard support on `today`: the target when nothing else says. */
export function newestStandard(today: string): string {
  const live = EKS_RELEASES.filter((r) => r.released <= today && supportStatus(r.version, today) === 'standard');
  return [...live].sort((a, b) => compareMinor(b.version, a.version))[0]?.version ?? EKS_RELEASES[0].version;
}

/** The target used when neither an eksctl config nor a setting names one (fixed when the package was built). */
export const DEFAULT_TARGET = newestStandard(CALENDAR_DATE);

/** The versions EKS offers on `today` (standard or extended support), newest first. */
export function offeredVersions(today: string): EksRelease[] {
  return EKS_RELEASES.filter((r) => r.released <= today && supportStatus(r.version, today) !== 'ended');
}
