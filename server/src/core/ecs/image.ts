/** Container image references: where an image comes from and which tag or digest it pins. */

export type Registry =
  | { kind: 'ecr'; account: string; region: string; host: string }
  | { kind: 'ecr-public'; host: string }
  | { kind: 'docker-hub'; official: boolean }
  | { kind: 'other'; host: string };

export interface ImageRef {
  registry: Registry;
  /** repository path without the registry host (Docker Hub official images get `library/`) */
  repository: string;
  tag?: string;
  digest?: string;
}

const ECR = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

/** Parse an image reference; undefined when it is not a valid reference. */
export function parseImage(ref: string): ImageRef | undefined {
  const s = ref.trim();
  if (!s || /\s/.test(s)) return undefined;
  let rest = s;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/.test(digest)) return undefined;
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!/^[\w][\w.-]{0,127}$/.test(tag)) return undefined;
  }
  const parts = rest.split('/');
  let host: string | undefined;
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) host = parts.shift();
  if (!parts.length || !parts.every((p) => COMPONENT.test(p))) return undefined;
  const repo = parts.join('/');
  if (!host || host === 'docker.io' || host === 'index.docker.io' || host === 'registry-1.docker.io') {
    const official = parts.length === 1;
    return { registry: { kind: 'docker-hub', official }, repository: official ? `library/${repo}` : repo, tag, digest };
  }
  const ecr = ECR.exec(host);
  if (ecr) return { registry: { kind: 'ecr', account: ecr[1], region: ecr[2], host }, repository: repo, tag, digest };
  if (host === 'public.ecr.aws') return { registry: { kind: 'ecr-public', host }, repository: repo, tag, digest };
  return { registry: { kind: 'other', host }, repository: repo, tag, digest };
}
