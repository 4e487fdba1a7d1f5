/**
 * The name formats the Kubernetes API server enforces (apimachinery's `IsDNS1123Label`,
 * `IsDNS1123Subdomain`, `IsDNS1035Label`, `IsQualifiedName`, `IsValidLabelValue`,
 * `IsValidPortName`). Each check returns what is wrong in a few words, or undefined.
 */

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** the name part of a label or annotation key, and a label value */
const QUALIFIED = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

export const LABEL_MAX = 63;
export const SUBDOMAIN_MAX = 253;

const tooLong = (s: string, max: number) => (s.length > max ? `is ${s.length} characters long; at most ${max} are allowed` : undefined);

/** RFC 1123 label: a Namespace name, a Service port name. */
export function dnsLabelProblem(s: string): string | undefined {
  if (!s) return 'is empty';
  return (
    tooLong(s, LABEL_MAX) ??
    (LABEL.test(s) ? undefined : 'must be lowercase letters, digits and "-", starting and ending with a letter or digit')
  );
}

/** RFC 1035 label: a Service name (it becomes a DNS name and environment variable prefix). */
export function dns1035LabelProblem(s: string): string | undefined {
  if (!s) return 'is empty';
  return (
    tooLong(s, LABEL_MAX) ??
    (LABEL_1035.test(s) ? undefined : 'must be lowercase letters, digits and "-", starting with a letter and ending with a letter or digit')
  );
}

/** RFC 1123 subdomain: most object names. */
export function dnsSubdomainProblem(s: string): string | undefined {
  if (!s) return 'is empty';
  return (
    tooLong(s, SUBDOMAIN_MAX) ??
    (SUBDOMAIN.test(s) ? undefined : 'must be lowercase letters, digits, "-" and ".", starting and ending with a letter or digit')
  );
}

/** RBAC object names only need to be usable as a URL path segment. */
export function pathSegmentProblem(s: string): string | undefined {
  if (!s) return 'is empty';
  if (s === '.' || s === '..') return `may not be "${s}"`;
  return /[/%]/.test(s) ? 'may not contain "/" or "%"' : undefined;
}

/** A label or annotation key: an optional DNS-subdomain prefix and "/", then a name of at most 63 characters. */
export function qualifiedNameProblem(key: string): string | undefined {
  // no split: every label and annotation key of every object comes here
  const slash = key.indexOf('/');
  if (slash >= 0 && key.indexOf('/', slash + 1) >= 0) return 'may hold at most one "/" (between a DNS prefix and the name)';
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (slash >= 0) {
    const prefix = key.slice(0, slash);
    if (!prefix) return 'has an empty prefix before "/"';
    const p = dnsSubdomainProblem(prefix);
    if (p) return `has a prefix that ${p}`;
  }
  if (!name) return 'has an empty name';
  if (name.length > LABEL_MAX) return `has a name part of ${name.length} characters; at most ${LABEL_MAX} are allowed`;
  return QUALIFIED.test(name) ? undefined : 'must be letters, digits, "-", "_" and ".", starting and ending with a letter or digit';
}

/** A label value: empty, or at most 63 characters of the qualified-name alphabet. */
export function labelValueProblem(v: string): string | undefined {
  if (!v) return undefined;
  return (
    tooLong(v, LABEL_MAX) ??
    (QUALIFIED.test(v) ? undefined : 'must be letters, digits, "-", "_" and ".", starting and ending with a letter or digit')
  );
}

/** An IANA service name (a container or probe port name): at most 15 characters, a letter among them. */
export function portNameProblem(s: string): string | undefined {
  if (!s) return 'is empty';
  if (s.length > 15) return `is ${s.length} characters long; port names hold at most 15`;
  if (!/^[-a-z0-9]+$/.test(s)) return 'may only hold lowercase letters, digits and "-"';
  if (!/[a-z]/.test(s)) return 'must hold at least one letter';
  if (s.startsWith('-') || s.endsWith('-')) return 'may not start or end with "-"';
  return s.includes('--') ? 'may not hold "--"' : undefined;
}

/** A port number the API accepts (1–65535). */
export const isPortNumber = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 65535;
