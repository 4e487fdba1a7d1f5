/** Recognising an eksctl config: apiVersion `eksctl.io/…` and a kind. */
import type { DetectInput, Detected } from '../family';
import { isObj } from '../value';
import type { EksctlKind } from './kind';

export function detectEksctl({ root, value }: DetectInput): Detected<EksctlKind> | undefined {
  if (!isObj(value) || typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') return undefined;
  if (!value.apiVersion.trim().startsWith('eksctl.io/')) return undefined;
  return { kind: { family: 'eksctl', kind: value.kind.trim() }, body: root };
}
