/** Selector labels from the pod templates they should select. */
import type { CompletionContributor, CompletionEntry } from '../../complete/types';
import { namespaceOf, podTemplate, sameNamespace, workloads } from '../objects';
import { endsWith, isK8sCtx, kindAt, nsAt, pairEntry, valueEntry } from './entries';
import { asText } from '../../text/asText';

export const selectorLabelCompletion: CompletionContributor = (ctx, { workspace }) => {
  if (!isK8sCtx(ctx)) return [];
  const kind = kindAt(ctx)!;
  const path = ctx.path;
  const base = ctx.atKey ? path : path.slice(0, -1);
  const isServiceSelector = kind === 'Service' && base.length === 2 && base[0] === 'spec' && base[1] === 'selector';
  const isMatchLabels = endsWith(base, 'matchLabels') || endsWith(base, 'podSelector', 'matchLabels');
  if (!isServiceSelector && !isMatchLabels) return [];
  // a workload's own selector: its template's labels; anything else: labels of the namespace's workloads
  const own = base.length === 3 && base[0] === 'spec' && base[1] === 'selector' ? podTemplate(ctx.doc) : undefined;
  const sources: { labels: Record<string, string>; from: string }[] = own
    ? [{ labels: own.labels, from: 'this template' }]
    : workloads(workspace)
        .filter((w) => sameNamespace(nsAt(ctx), namespaceOf(w.entry.doc.value)))
        .map((w) => ({
          labels: w.template.labels,
          from: `${w.entry.doc.kind.family === 'k8s' ? w.entry.doc.kind.kind : ''} ${asText((w.entry.doc.value as { metadata?: { name?: string } }).metadata?.name ?? '')}`.trim(),
        }));
  const out: CompletionEntry[] = [];
  const seen = new Set<string>();
  if (ctx.atKey) {
    for (const s of sources)
      for (const [k, v] of Object.entries(s.labels)) {
        if (ctx.existingKeys.has(k) || seen.has(`${k}=${v}`)) continue;
        seen.add(`${k}=${v}`);
        out.push({
          ...pairEntry(ctx, k, undefined, { fixedValue: v, detail: `${k}: ${v} · ${s.from}` }),
          label: `${k}: ${v}`,
          filterText: k,
        });
      }
  } else {
    const key = asText(path[path.length - 1]);
    for (const s of sources) {
      const v = s.labels[key];
      if (v === undefined || seen.has(v)) continue;
      seen.add(v);
      out.push(valueEntry(ctx, v, { detail: s.from }));
    }
  }
  return out;
};
