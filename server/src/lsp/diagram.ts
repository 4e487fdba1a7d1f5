/** The diagram request: the whole workspace (or one file's scope) as Mermaid, with sources for click-to-open. */
import type { LanguageService } from '../core/service';
import type { Finding } from '../core/types';
import type { DiagramParams, DiagramResult } from '../protocol';
import { renderDiagram } from '../core/graph/index';

export function diagramFor(service: LanguageService, findings: Map<string, Finding[]>, params: DiagramParams): DiagramResult {
  return renderDiagram(service.workspace, { direction: params.direction, scopeUri: params.scopeUri, problems: findings });
}
