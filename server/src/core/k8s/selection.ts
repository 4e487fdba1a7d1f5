/** Which workloads a Service selects: the service-selects-nothing rule, navigation and code lenses ask the same question. */
import { namespaceOf, sameNamespace, selectorMatches, workloads, type Workload } from './objects';
import type { WorkspaceIndex } from '../workspace';

/** The Service (of namespace `ns`, with this selector) sends traffic to the pods of `w`. */
export function selectsWorkload(ns: string | undefined, selector: Record<string, string>, w: Workload): boolean {
  return selectorMatches({ matchLabels: selector }, w.template.labels) && sameNamespace(ns, namespaceOf(w.entry.doc.value));
}

/** The workloads of the workspace whose pods a Service selects (none for an empty selector). */
export function selectedWorkloads(ws: WorkspaceIndex, ns: string | undefined, selector: Record<string, string>): Workload[] {
  if (!Object.keys(selector).length) return [];
  return workloads(ws).filter((w) => selectsWorkload(ns, selector, w));
}
