/** AWS Load Balancer Controller annotation keys and values on Ingress and Service metadata. */
import type { CompletionContributor, CompletionEntry } from '../../complete/types';
import { ALL_ANNOTATIONS, annotationInfo } from '../annotationValues';
import type { AnnotationInfo } from '../annotationInfo';
import { isK8sCtx, kindAt, pairEntry, valueEntry } from './entries';
import { asText } from '../../text/asText';

export function annotationDoc(a: AnnotationInfo): string {
  const parts = [a.description];
  if (a.values) parts.push(`Values: ${a.values.map((v) => `\`${v}\``).join(', ')}`);
  if (a.default) parts.push(`Default: \`${a.default}\``);
  if (a.deprecated) parts.push(`**Deprecated.** ${a.deprecated}`);
  parts.push(`[AWS Load Balancer Controller docs](${a.url})`);
  return parts.join('\n\n');
}

export const annotationCompletion: CompletionContributor = (ctx) => {
  if (!isK8sCtx(ctx, 'Ingress', 'Service')) return [];
  const target = kindAt(ctx) === 'Ingress' ? 'ingress' : 'service';
  const p = ctx.path;
  if (ctx.atKey && p.length === 2 && p[0] === 'metadata' && p[1] === 'annotations') {
    const out: CompletionEntry[] = [];
    for (const a of ALL_ANNOTATIONS) {
      if (!a.on.includes(target) || ctx.existingKeys.has(a.key)) continue;
      // on a Service, the ALB keys are per-backend overrides: list them after the NLB ones
      const order = a.key.startsWith('alb.') && target === 'service' ? '2' : '1';
      out.push(
        pairEntry(ctx, a.key, a.values ?? (a.default ? [a.default] : undefined), {
          detail: a.format === 'enum' ? a.values!.join(' | ') : a.format,
          documentation: annotationDoc(a),
          sortText: `${order}${a.key}`,
        }),
      );
    }
    if (target === 'ingress' && !ctx.existingKeys.has('kubernetes.io/ingress.class'))
      out.push(
        pairEntry(ctx, 'kubernetes.io/ingress.class', ['alb'], {
          detail: 'old way to pick the controller; prefer spec.ingressClassName',
          sortText: '3',
        }),
      );
    return out;
  }
  if (!ctx.atKey && p.length === 3 && p[0] === 'metadata' && p[1] === 'annotations') {
    const a = annotationInfo(asText(p[2]));
    if (!a) return [];
    const values =
      a.values ??
      (a.format === 'boolean'
        ? ['true', 'false']
        : a.format === 'port'
          ? ['traffic-port']
          : a.format === 'listen-ports'
            ? ['[{"HTTP": 80}]', '[{"HTTP": 80}, {"HTTPS": 443}]', '[{"HTTPS": 443}]']
            : a.default
              ? [a.default]
              : []);
    return values.map((v) =>
      valueEntry(ctx, v, { kind: 'enum', documentation: annotationDoc(a), detail: v === a.default ? 'default' : undefined }),
    );
  }
  return [];
};
