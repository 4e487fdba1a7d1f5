/**
 * Upgrade readiness: for each Kubernetes object of the given files, what stops working on the
 * version one upgrades to (APIs it removed, kinds or fields it does not serve) and what a later
 * release removes (deprecated), with what to change. The same tables as the editor's checks.
 */
import type { LanguageService } from '../../service';
import { getChild } from '../../parse/tree';
import { isList, k8sObjects } from '../listItems';
import { targetFor } from './target';
import { apiState, describeReplacement, versionTable } from './table';
import { notServed } from './served';

export interface UpgradeItem {
  uri: string;
  /** 0-based line of the finding */
  line: number;
  /** `Deployment web` */
  object: string;
  severity: 'breaks' | 'deprecated';
  problem: string;
  fix: string;
  /** it already fails (or warns, for a deprecation) on the current version */
  alreadyFailing: boolean;
}

export interface UpgradeReport {
  to: string;
  /** the versions the files are on now (eksctl config, setting or default), with how many objects */
  from: Record<string, number>;
  objects: number;
  items: UpgradeItem[];
}

export function upgradeReport(service: LanguageService, uris: string[], to: string): UpgradeReport {
  const t = versionTable(service.store);
  const report: UpgradeReport = { to, from: {}, objects: 0, items: [] };
  for (const uri of uris) {
    const file = service.workspace.get(uri);
    if (!file) continue;
    const current = targetFor(service.workspace, uri, service.settings).version;
    const lineOf = (offset: number) => file.lines.positionAt(offset).line;
    for (const doc of file.docs) {
      if (doc.kind.family !== 'k8s' || doc.templated) continue;
      // a List's items are the objects kubectl sends; the List itself is not one
      for (const { apiVersion, kind, root, apiNode } of k8sObjects(doc)) {
        if (isList(apiVersion, kind)) continue;
        report.objects++;
        report.from[current] = (report.from[current] ?? 0) + 1;
        const name = getChild(getChild(root, 'metadata'), 'name')?.value;
        const object = `${kind} ${typeof name === 'string' ? name : '(unnamed)'}`;
        const at = lineOf((apiNode ?? root).offset);
        const st = apiState(t, apiVersion, kind, to);
        if (st) {
          const replacement = describeReplacement(st, kind);
          report.items.push({
            uri,
            line: at,
            object,
            severity: st.state === 'removed' ? 'breaks' : 'deprecated',
            problem:
              st.state === 'removed'
                ? `\`${apiVersion}\` ${kind} is not served from Kubernetes ${st.removedIn} on`
                : st.removedIn
                  ? `\`${apiVersion}\` ${kind} is removed in Kubernetes ${st.removedIn}`
                  : `\`${apiVersion}\` ${kind} is deprecated from Kubernetes ${st.deprecatedIn} on (served, with a warning)`,
            fix: replacement
              ? st.replacement?.kind === kind
                ? `change apiVersion to ${replacement} (check the fields that changed with it)`
                : `move to ${replacement}`
              : 'remove it: nothing replaces it',
            alreadyFailing: apiState(t, apiVersion, kind, current)?.state === st.state,
          });
        }
        const now = new Set(notServed(service.store, t, root, apiVersion, kind, current, apiNode).map((n) => n.what));
        for (const n of notServed(service.store, t, root, apiVersion, kind, to, apiNode))
          report.items.push({
            uri,
            line: lineOf(n.node.offset),
            object,
            severity: 'breaks',
            problem: `${n.what} is not served before Kubernetes ${n.arrives}`,
            fix: n.kind === 'kind' ? `upgrade to ${n.arrives} or later first` : `leave the field out, or upgrade to ${n.arrives}`,
            alreadyFailing: now.has(n.what),
          });
      }
    }
  }
  return report;
}
