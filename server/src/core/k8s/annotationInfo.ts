/**
 * The shape of an AWS Load Balancer Controller annotation (key, values, docs) and the row builders
 * the ALB and NLB tables use. Facts from the controller's annotation guides; the descriptions are ours.
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
export const alb = (name: string, r: Row): AnnotationInfo => ({ key: A + name, ...r, url: ING_URL + (r.url ?? '') });
export const nlb = (name: string, r: Row): AnnotationInfo => ({ key: S + name, ...r, url: SVC_URL + (r.url ?? '') });
export const both: ('ingress' | 'service')[] = ['ingress', 'service'];
export const ing: ('ingress' | 'service')[] = ['ingress'];
export const svc: ('ingress' | 'service')[] = ['service'];
