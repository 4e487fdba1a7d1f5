/** The AWS Load Balancer Controller's Service (NLB) annotations and the in-tree provider's legacy keys. */
import { nlb, svc, type AnnotationInfo } from './annotationInfo';

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

/** NLB keys with a listener of your own after the prefix (`listener-attributes.TCP-80`). */
export const NLB_NAMED_PREFIXES = ['listener-attributes.'];
