/** Markdown pieces describing a schema: used by hover and by completion documentation. */
import type { Schema } from '../schema/store';
import { asText } from '../text/asText';

export function summary(s: Schema): string {
  return asText(s.markdownDescription ?? s.description ?? '').trim();
}

export function docLink(s: Schema): string | undefined {
  const url = s['x-doc-url'];
  if (typeof url !== 'string' || !/^https:\/\//.test(url)) return undefined;
  return `[${docSite(url)}](${url})`;
}

/** name the site a link goes to, so an eksctl.io or kubernetes.io link is not called AWS's */
function docSite(url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return 'Documentation';
  }
  if (host.endsWith('aws.amazon.com')) return 'AWS documentation';
  if (host.endsWith('eksctl.io')) return 'eksctl documentation';
  if (host.endsWith('kubernetes.io')) return 'Kubernetes documentation';
  if (host.endsWith('github.io') && url.includes('aws-load-balancer-controller')) return 'AWS Load Balancer Controller documentation';
  return 'Documentation';
}

export function facts(schemas: Schema[], typeText: string): string[] {
  const out: string[] = [];
  if (typeText && typeText !== 'any') out.push(`Type: \`${typeText}\``);
  const enums = new Set<string>();
  let def: unknown;
  let min: number | undefined, max: number | undefined;
  let deprecated: string | undefined;
  for (const s of schemas) {
    if (Array.isArray(s.enum)) s.enum.forEach((v: unknown) => enums.add(JSON.stringify(v)));
    if (s.default !== undefined && def === undefined) def = s.default;
    if (typeof s.minimum === 'number') min = s.minimum;
    if (typeof s.maximum === 'number') max = s.maximum;
    if (s.deprecated || s.deprecationMessage) deprecated = asText(s.deprecationMessage ?? 'Deprecated.');
  }
  if (enums.size)
    out.push(
      `Allowed: ${[...enums]
        .slice(0, 20)
        .map((v) => `\`${v}\``)
        .join(', ')}${enums.size > 20 ? ', …' : ''}`,
    );
  if (min !== undefined || max !== undefined) out.push(`Range: ${min ?? '…'} – ${max ?? '…'}`);
  if (def !== undefined) out.push(`Default: \`${JSON.stringify(def)}\``);
  if (deprecated) out.push(`**Deprecated.** ${deprecated}`);
  return out;
}
