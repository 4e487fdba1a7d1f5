/** The diagram request: the whole workspace (or one file's scope) as Mermaid and as an outline with sources for click-to-open. */
import type { LanguageService } from '../core/service';
import type { Finding } from '../core/types';
import { emptyDiagram, type DiagramParams, type DiagramResult } from '../../../shared/src/diagram';

/**
 * Closed files have no published diagnostics; up to this many are checked here so their nodes are
 * marked too. Beyond it (a huge workspace) only open files mark nodes: a redraw on every edit must
 * not re-check thousands of files.
 */
const MAX_CLOSED_CHECKS = 300;

/** the answer when drawing failed or was cancelled: an empty diagram */
export const noDiagram = emptyDiagram;

export function diagramFor(service: LanguageService, findings: Map<string, Finding[]>, params: DiagramParams): DiagramResult {
  return service.diagram({
    direction: params.direction,
    scopeUri: params.scopeUri,
    problems: problemsFor(service, findings),
  });
}

function problemsFor(service: LanguageService, open: Map<string, Finding[]>): Map<string, Finding[]> {
  const closed = [...service.workspace.allFiles()].filter((f) => !open.has(f.uri) && service.isOurs(f.uri));
  if (!closed.length || closed.length > MAX_CLOSED_CHECKS) return open;
  const all = new Map(open);
  for (const f of closed) all.set(f.uri, service.diagnostics(f.uri));
  return all;
}
