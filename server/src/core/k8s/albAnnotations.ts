/**
 * AWS Load Balancer Controller annotations: the keys, what values they take and what they do,
 * for checking, completion and hover. Facts from the controller's annotation guides; the
 * descriptions are ours.
 */
export type AnnotationFormat =
  'enum' | 'integer' | 'boolean' | 'json' | 'listen-ports' | 'port' | 'list' | 'kv-list' | 'arn-list' | 'string';

export interface AnnotationInfo {
  /** full key, e.g. `alb.ingress.kubernetes.io/scheme` */
  key: string;
  /** where the controller reads it; `service` keys of the ALB family are the per-backend overrides */
  on: ('ingress' | 'service')[];
  format: AnnotationFormat;
  values?: string[];
  min?: number;
  max?: number;
  default?: string;
  description: string;
  url: string;
  deprecated?: string;
}

const ING_URL = 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/';
const SVC_URL = 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/';
const A = 'alb.ingress.kubernetes.io/';
const S = 'service.beta.kubernetes.io/aws-load-balancer-';

type Row = Omit<AnnotationInfo, 'key' | 'url'> & { url?: string };
const alb = (name: string, r: Row): AnnotationInfo => ({ key: A + name, ...r, url: ING_URL + (r.url ?? '') });
const nlb = (name: string, r: Row): AnnotationInfo => ({ key: S + name, ...r, url: SVC_URL + (r.url ?? '') });
const both: ('ingress' | 'service')[] = ['ingress', 'service'];
const ing: ('ingress' | 'service')[] = ['ingress'];
const svc: ('ingress' | 'service')[] = ['service'];

// prettier-ignore -- one annotation a line reads as a table
export const ALB_ANNOTATIONS: AnnotationInfo[] = [
  alb('group.name', {
    on: ing,
    format: 'string',
    description: 'Ingresses with the same group name share one ALB; each adds its rules to it.',
    url: '#group.name',
  }),
  alb('group.order', {
    on: ing,
    format: 'integer',
    min: -1000,
    max: 1000,
    default: '0',
    description: "Order of this Ingress's rules inside its group; lower numbers are evaluated first.",
    url: '#group.order',
  }),
  alb('load-balancer-name', {
    on: ing,
    format: 'string',
    description: 'Name of the ALB (at most 32 characters); otherwise a name is generated.',
    url: '#load-balancer-name',
  }),
  alb('scheme', {
    on: ing,
    format: 'enum',
    values: ['internal', 'internet-facing'],
    default: 'internal',
    description: 'Whether the ALB gets public addresses (internet-facing) or only private ones (internal).',
    url: '#scheme',
  }),
  alb('ip-address-type', {
    on: ing,
    format: 'enum',
    values: ['ipv4', 'dualstack', 'dualstack-without-public-ipv4'],
    default: 'ipv4',
    description: 'IP address family of the ALB.',
    url: '#ip-address-type',
  }),
  alb('subnets', {
    on: ing,
    format: 'list',
    description: 'Subnet IDs or Name tags for the ALB (at least two AZs); otherwise discovered by subnet tags.',
    url: '#subnets',
  }),
  alb('security-groups', {
    on: ing,
    format: 'list',
    description: 'Security groups (IDs or Name tags) attached to the ALB instead of the one the controller creates.',
    url: '#security-groups',
  }),
  alb('manage-backend-security-group-rules', {
    on: ing,
    format: 'boolean',
    description: 'With your own security groups: whether the controller still adds the rules that let the ALB reach the pods.',
    url: '#manage-backend-security-group-rules',
  }),
  alb('inbound-cidrs', {
    on: ing,
    format: 'list',
    description: 'CIDRs allowed to reach the listeners (ignored when you bring your own security groups).',
    url: '#inbound-cidrs',
  }),
  alb('customer-owned-ipv4-pool', {
    on: ing,
    format: 'string',
    description: 'Outposts customer-owned IPv4 pool for an internet-facing ALB.',
    url: '#customer-owned-ipv4-pool',
  }),
  alb('listen-ports', {
    on: ing,
    format: 'listen-ports',
    default: '[{"HTTP": 80}]',
    description: 'Listeners as JSON, e.g. [{"HTTP": 80}, {"HTTPS": 443}].',
    url: '#listen-ports',
  }),
  alb('ssl-redirect', {
    on: ing,
    format: 'integer',
    min: 1,
    max: 65535,
    description: 'Redirect every HTTP listener to this HTTPS port.',
    url: '#ssl-redirect',
  }),
  alb('certificate-arn', {
    on: ing,
    format: 'arn-list',
    description: 'ACM certificate ARNs for the HTTPS listeners (comma-separated); otherwise discovered from the TLS hosts.',
    url: '#certificate-arn',
  }),
  alb('ssl-policy', {
    on: ing,
    format: 'string',
    default: 'ELBSecurityPolicy-2016-08',
    description: 'Security policy (TLS versions and ciphers) of the HTTPS listeners.',
    url: '#ssl-policy',
  }),
  alb('mutual-authentication', {
    on: ing,
    format: 'json',
    description: 'mTLS per HTTPS port as JSON (off, passthrough or verify with a trust store).',
    url: '#mutual-authentication',
  }),
  alb('load-balancer-attributes', {
    on: ing,
    format: 'kv-list',
    description: 'ALB attributes as key=value pairs, e.g. idle_timeout.timeout_seconds=60,access_logs.s3.enabled=true.',
    url: '#load-balancer-attributes',
  }),
  alb('tags', {
    on: ing,
    format: 'kv-list',
    description: 'Extra AWS tags for the ALB, target groups and security groups, as key=value pairs.',
    url: '#tags',
  }),
  alb('wafv2-acl-arn', {
    on: ing,
    format: 'string',
    description: 'AWS WAFv2 web ACL ARN to associate with the ALB.',
    url: '#wafv2-acl-arn',
  }),
  alb('waf-acl-id', {
    on: ing,
    format: 'string',
    description: 'AWS WAF Classic web ACL ID for the ALB (WAF Classic is retired; prefer wafv2-acl-arn).',
    url: '#waf-acl-id',
  }),
  alb('security-group-prefix-lists', {
    on: ing,
    format: 'list',
    description: 'Managed prefix lists allowed to reach the listeners through the security group the controller creates.',
    url: '#security-group-prefix-lists',
  }),
  alb('multi-cluster-target-group', {
    on: both,
    format: 'boolean',
    description: 'Let target groups of several clusters share this ALB.',
    url: '#multi-cluster-target-group',
  }),
  alb('minimum-load-balancer-capacity', {
    on: ing,
    format: 'kv-list',
    description: 'Reserved capacity units, e.g. CapacityUnits=100.',
    url: '#minimum-load-balancer-capacity',
  }),
  alb('shield-advanced-protection', {
    on: ing,
    format: 'boolean',
    description: 'Turn AWS Shield Advanced protection on or off for the ALB.',
    url: '#shield-advanced-protection',
  }),
  alb('target-type', {
    on: both,
    format: 'enum',
    values: ['instance', 'ip'],
    default: 'instance',
    description:
      'How pods are registered: instance sends traffic to node ports (Service must be NodePort or LoadBalancer); ip sends it straight to pod IPs (needed for Fargate).',
    url: '#target-type',
  }),
  alb('target-node-labels', {
    on: both,
    format: 'kv-list',
    description: 'With instance targets: only nodes with these labels are registered.',
    url: '#target-node-labels',
  }),
  alb('backend-protocol', {
    on: both,
    format: 'enum',
    values: ['HTTP', 'HTTPS'],
    default: 'HTTP',
    description: 'Protocol the ALB uses to talk to the pods.',
    url: '#backend-protocol',
  }),
  alb('backend-protocol-version', {
    on: both,
    format: 'enum',
    values: ['HTTP1', 'HTTP2', 'GRPC'],
    default: 'HTTP1',
    description: 'HTTP version towards the pods; GRPC for gRPC services.',
    url: '#backend-protocol-version',
  }),
  alb('target-group-attributes', {
    on: both,
    format: 'kv-list',
    description: 'Target group attributes as key=value pairs, e.g. deregistration_delay.timeout_seconds=30,stickiness.enabled=true.',
    url: '#target-group-attributes',
  }),
  alb('healthcheck-port', {
    on: both,
    format: 'port',
    default: 'traffic-port',
    description: 'Port the ALB health-checks: a number, or traffic-port for the port traffic goes to.',
    url: '#healthcheck-port',
  }),
  alb('healthcheck-protocol', {
    on: both,
    format: 'enum',
    values: ['HTTP', 'HTTPS'],
    default: 'HTTP',
    description: 'Protocol of the health check.',
    url: '#healthcheck-protocol',
  }),
  alb('healthcheck-path', {
    on: both,
    format: 'string',
    default: '/',
    description: 'Path the health check requests (for gRPC: /package.service/method).',
    url: '#healthcheck-path',
  }),
  alb('healthcheck-interval-seconds', {
    on: both,
    format: 'integer',
    min: 5,
    max: 300,
    default: '15',
    description: 'Seconds between health checks.',
    url: '#healthcheck-interval-seconds',
  }),
  alb('healthcheck-timeout-seconds', {
    on: both,
    format: 'integer',
    min: 2,
    max: 120,
    default: '5',
    description: 'Seconds without a response before a check fails.',
    url: '#healthcheck-timeout-seconds',
  }),
  alb('healthy-threshold-count', {
    on: both,
    format: 'integer',
    min: 2,
    max: 10,
    default: '2',
    description: 'Consecutive successes before a target counts as healthy.',
    url: '#healthy-threshold-count',
  }),
  alb('unhealthy-threshold-count', {
    on: both,
    format: 'integer',
    min: 2,
    max: 10,
    default: '2',
    description: 'Consecutive failures before a target counts as unhealthy.',
    url: '#unhealthy-threshold-count',
  }),
  alb('success-codes', {
    on: both,
    format: 'string',
    default: '200',
    description: 'HTTP codes (e.g. 200,302 or 200-399) or gRPC codes that count as a healthy response.',
    url: '#success-codes',
  }),
  alb('auth-type', {
    on: both,
    format: 'enum',
    values: ['none', 'oidc', 'cognito'],
    default: 'none',
    description: 'Authenticate users at the ALB with Amazon Cognito or an OIDC provider (HTTPS listeners only).',
    url: '#auth-type',
  }),
  alb('auth-idp-cognito', {
    on: both,
    format: 'json',
    description: 'Cognito user pool settings as JSON (userPoolARN, userPoolClientID, userPoolDomain).',
    url: '#auth-idp-cognito',
  }),
  alb('auth-idp-oidc', {
    on: both,
    format: 'json',
    description: 'OIDC provider settings as JSON (issuer, endpoints, secretName holding the client credentials).',
    url: '#auth-idp-oidc',
  }),
  alb('auth-on-unauthenticated-request', {
    on: both,
    format: 'enum',
    values: ['authenticate', 'allow', 'deny'],
    default: 'authenticate',
    description: 'What to do with a request that is not logged in.',
    url: '#auth-on-unauthenticated-request',
  }),
  alb('auth-scope', {
    on: both,
    format: 'string',
    default: 'openid',
    description: 'Scopes requested from the identity provider, space-separated.',
    url: '#auth-scope',
  }),
  alb('auth-session-cookie', {
    on: both,
    format: 'string',
    default: 'AWSELBAuthSessionCookie',
    description: 'Name of the authentication session cookie.',
    url: '#auth-session-cookie',
  }),
  alb('auth-session-timeout', {
    on: both,
    format: 'integer',
    min: 1,
    max: 604800,
    default: '604800',
    description: 'Lifetime of the authentication session, in seconds.',
    url: '#auth-session-timeout',
  }),
];

// prettier-ignore
export const NLB_ANNOTATIONS: AnnotationInfo[] = [
  nlb('type', { on: svc, format: 'enum', values: ['external', 'nlb', 'nlb-ip'], description: 'external: the AWS Load Balancer Controller makes an NLB; nlb: the legacy in-tree controller does; nlb-ip: old spelling of external with ip targets.', url: '#lb-type' }),
  nlb('nlb-target-type', { on: svc, format: 'enum', values: ['instance', 'ip'], default: 'instance', description: 'instance sends traffic to node ports; ip sends it straight to pod IPs (needed for Fargate).', url: '#nlb-target-type' }),
  nlb('scheme', { on: svc, format: 'enum', values: ['internal', 'internet-facing'], default: 'internal', description: 'Whether the NLB gets public addresses.', url: '#lb-scheme' }),
  nlb('internal', { on: svc, format: 'boolean', description: 'Legacy way to ask for an internal load balancer; prefer the scheme annotation.', url: '#lb-internal', deprecated: 'Use service.beta.kubernetes.io/aws-load-balancer-scheme.' }),
  nlb('name', { on: svc, format: 'string', description: 'Name of the NLB (at most 32 characters).', url: '#load-balancer-name' }),
  nlb('ip-address-type', { on: svc, format: 'enum', values: ['ipv4', 'dualstack'], default: 'ipv4', description: 'IP address family of the NLB.', url: '#ip-address-type' }),
  nlb('subnets', { on: svc, format: 'list', description: 'Subnet IDs or Name tags for the NLB; otherwise discovered by subnet tags.', url: '#subnets' }),
  nlb('eip-allocations', { on: svc, format: 'list', description: 'Elastic IP allocation IDs, one per subnet (internet-facing only).', url: '#eip-allocations' }),
  nlb('private-ipv4-addresses', { on: svc, format: 'list', description: 'Private IPv4 addresses, one per subnet (internal only).', url: '#private-ipv4-addresses' }),
  nlb('proxy-protocol', { on: svc, format: 'enum', values: ['*'], description: 'Turn on PROXY protocol v2 for all target groups ("*").', url: '#proxy-protocol-v2' }),
  nlb('ssl-cert', { on: svc, format: 'arn-list', description: 'ACM certificate ARNs for TLS listeners.', url: '#ssl-cert' }),
  nlb('ssl-ports', { on: svc, format: 'list', description: 'Which service ports (numbers or names) get TLS listeners; default all.', url: '#ssl-ports' }),
  nlb('ssl-negotiation-policy', { on: svc, format: 'string', description: 'TLS security policy of the TLS listeners.', url: '#ssl-negotiation-policy' }),
  nlb('backend-protocol', { on: svc, format: 'enum', values: ['ssl', 'tcp', 'http', 'https'], description: 'ssl makes the NLB speak TLS to the targets; the in-tree CLB also takes http/https/tcp.', url: '#backend-protocol' }),
  nlb('alpn-policy', { on: svc, format: 'enum', values: ['HTTP1Only', 'HTTP2Only', 'HTTP2Optional', 'HTTP2Preferred', 'None'], description: 'ALPN policy of the TLS listeners.', url: '#alpn-policy' }),
  nlb('target-group-attributes', { on: svc, format: 'kv-list', description: 'Target group attributes, e.g. preserve_client_ip.enabled=true,deregistration_delay.timeout_seconds=120.', url: '#target-group-attributes' }),
  nlb('attributes', { on: svc, format: 'kv-list', description: 'NLB attributes, e.g. load_balancing.cross_zone.enabled=true.', url: '#load-balancer-attributes' }),
  nlb('cross-zone-load-balancing-enabled', { on: svc, format: 'boolean', description: 'Spread traffic across zones; prefer load_balancing.cross_zone.enabled in the attributes annotation.', url: '#load-balancer-attributes' }),
  nlb('additional-resource-tags', { on: svc, format: 'kv-list', description: 'Extra AWS tags for the load balancer and its target groups.', url: '#additional-resource-tags' }),
  nlb('security-groups', { on: svc, format: 'list', description: 'Security groups attached to the NLB instead of the one the controller creates.', url: '#security-groups' }),
  nlb('manage-backend-security-group-rules', { on: svc, format: 'boolean', description: 'With your own security groups: whether the controller still adds rules letting the NLB reach the targets.', url: '#manage-backend-sg-rules' }),
  nlb('target-node-labels', { on: svc, format: 'kv-list', description: 'With instance targets: only nodes with these labels are registered.', url: '#target-node-labels' }),
  nlb('healthcheck-protocol', { on: svc, format: 'enum', values: ['TCP', 'HTTP', 'HTTPS', 'tcp', 'http', 'https'], default: 'TCP', description: 'Protocol of the target health check.', url: '#healthcheck-protocol' }),
  nlb('healthcheck-port', { on: svc, format: 'port', default: 'traffic-port', description: 'Health-check port: a number, or traffic-port.', url: '#healthcheck-port' }),
  nlb('healthcheck-path', { on: svc, format: 'string', default: '/', description: 'Path for HTTP(S) health checks.', url: '#healthcheck-path' }),
  nlb('healthcheck-healthy-threshold', { on: svc, format: 'integer', min: 2, max: 10, default: '3', description: 'Consecutive successes before a target counts as healthy.', url: '#healthcheck-healthy-threshold' }),
  nlb('healthcheck-unhealthy-threshold', { on: svc, format: 'integer', min: 2, max: 10, default: '3', description: 'Consecutive failures before a target counts as unhealthy.', url: '#healthcheck-unhealthy-threshold' }),
  nlb('healthcheck-timeout', { on: svc, format: 'integer', min: 2, max: 120, default: '10', description: 'Seconds without a response before a check fails.', url: '#healthcheck-timeout' }),
  nlb('healthcheck-interval', { on: svc, format: 'integer', min: 5, max: 300, default: '10', description: 'Seconds between health checks.', url: '#healthcheck-interval' }),
  nlb('healthcheck-success-codes', { on: svc, format: 'string', default: '200-399', description: 'HTTP codes that count as healthy for HTTP(S) checks.', url: '#healthcheck-success-codes' }),
  nlb('access-log-enabled', { on: svc, format: 'boolean', description: 'Legacy access-log switch; with the controller use access_logs.s3.enabled in the attributes annotation.', url: '#load-balancer-attributes' }),
  nlb('connection-idle-timeout', { on: svc, format: 'integer', min: 1, max: 4000, description: 'Idle timeout in seconds (in-tree Classic Load Balancer).', url: '' }),
  // read by the in-tree (legacy) AWS cloud provider for Classic Load Balancers: valid keys, not typos
  nlb('connection-draining-enabled', { on: svc, format: 'boolean', description: 'Classic Load Balancer (in-tree): let in-flight requests finish before a node is removed.', url: '' }),
  nlb('connection-draining-timeout', { on: svc, format: 'integer', min: 1, max: 3600, description: 'Classic Load Balancer (in-tree): seconds to wait for in-flight requests when draining.', url: '' }),
  nlb('access-log-emit-interval', { on: svc, format: 'integer', description: 'Classic Load Balancer (in-tree): minutes between access-log deliveries (5 or 60).', url: '' }),
  nlb('access-log-s3-bucket-name', { on: svc, format: 'string', description: 'Classic Load Balancer (in-tree): S3 bucket for access logs.', url: '' }),
  nlb('access-log-s3-bucket-prefix', { on: svc, format: 'string', description: 'Classic Load Balancer (in-tree): key prefix of the access logs in the bucket.', url: '' }),
  nlb('extra-security-groups', { on: svc, format: 'list', description: 'Classic Load Balancer (in-tree): security groups added next to the one Kubernetes creates.', url: '' }),
  // newer AWS Load Balancer Controller keys
  nlb('security-group-prefix-lists', { on: svc, format: 'list', description: 'Managed prefix lists allowed to reach the NLB through the security group the controller creates.', url: '#security-group-prefix-lists' }),
  nlb('inbound-sg-rules-on-private-link-traffic', { on: svc, format: 'enum', values: ['on', 'off'], description: 'Whether the NLB security group rules also apply to PrivateLink traffic.', url: '#inbound-sg-rules-on-private-link-traffic' }),
  nlb('multi-cluster-target-group', { on: svc, format: 'boolean', description: 'Let target groups of several clusters share this load balancer.', url: '#multi-cluster-target-group' }),
  nlb('enable-prefix-for-ipv6-source-nat', { on: svc, format: 'enum', values: ['on', 'off'], description: 'Dual-stack NLBs with UDP: use an IPv6 prefix for source NAT.', url: '#enable-prefix-for-ipv6-source-nat' }),
  nlb('source-nat-ipv6-prefixes', { on: svc, format: 'list', description: 'IPv6 prefixes for source NAT, one per subnet.', url: '#source-nat-ipv6-prefixes' }),
  nlb('minimum-load-balancer-capacity', { on: svc, format: 'kv-list', description: 'Reserved capacity units, e.g. CapacityUnits=1000.', url: '#minimum-load-balancer-capacity' }),
];

export const ALL_ANNOTATIONS = [...ALB_ANNOTATIONS, ...NLB_ANNOTATIONS];
const byKey = new Map(ALL_ANNOTATIONS.map((a) => [a.key, a]));

export function annotationInfo(key: string): AnnotationInfo | undefined {
  return byKey.get(key);
}

/** ALB keys with a name of your own after the prefix (`actions.<name>`, `conditions.<name>`, …). */
export const ALB_NAMED_PREFIXES = ['actions.', 'conditions.', 'transforms.', 'listener-attributes.', 'frontend-nlb-'];
/** NLB keys with a listener of your own after the prefix (`listener-attributes.TCP-80`). */
export const NLB_NAMED_PREFIXES = ['listener-attributes.'];

/** Checks a value against the key's format; returns what is wrong, in our words, or undefined. */
export function checkAnnotationValue(info: AnnotationInfo, value: string): string | undefined {
  const v = value.trim();
  switch (info.format) {
    case 'enum':
      return info.values!.includes(v) ? undefined : `must be one of ${info.values!.map((x) => `"${x}"`).join(', ')}`;
    case 'boolean':
      return /^(true|false)$/.test(v) ? undefined : 'must be "true" or "false"';
    case 'integer': {
      if (!/^-?\d+$/.test(v)) return 'must be a whole number';
      const n = Number(v);
      if ((info.min !== undefined && n < info.min) || (info.max !== undefined && n > info.max))
        return `must be between ${info.min} and ${info.max}`;
      return undefined;
    }
    case 'port':
      return v === 'traffic-port' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 65535)
        ? undefined
        : 'must be a port number (1-65535) or "traffic-port"';
    case 'json':
      try {
        JSON.parse(v);
        return undefined;
      } catch {
        return 'must be valid JSON';
      }
    case 'listen-ports': {
      let parsed: unknown;
      try {
        parsed = JSON.parse(v);
      } catch {
        return 'must be valid JSON, e.g. [{"HTTP": 80}, {"HTTPS": 443}]';
      }
      if (!Array.isArray(parsed) || !parsed.length) return 'must be a JSON array of listeners, e.g. [{"HTTP": 80}, {"HTTPS": 443}]';
      for (const item of parsed) {
        const entries = item && typeof item === 'object' && !Array.isArray(item) ? Object.entries(item) : [];
        if (
          entries.length !== 1 ||
          !['HTTP', 'HTTPS'].includes(entries[0][0]) ||
          !Number.isInteger(entries[0][1]) ||
          (entries[0][1] as number) < 1 ||
          (entries[0][1] as number) > 65535
        ) {
          return `has an invalid listener ${JSON.stringify(item)}: each item is {"HTTP": port} or {"HTTPS": port}`;
        }
      }
      return undefined;
    }
    case 'kv-list':
      return v.split(',').every((p) => /^[^=]+=.*$/.test(p.trim())) ? undefined : 'must be comma-separated key=value pairs';
    case 'arn-list':
      return v.split(',').every((p) => /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:.+$/.test(p.trim()))
        ? undefined
        : 'must be comma-separated ARNs (arn:aws:acm:REGION:ACCOUNT:certificate/ID)';
    default:
      return undefined;
  }
}
