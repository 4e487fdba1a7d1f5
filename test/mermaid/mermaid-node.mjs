// Mermaid's real parser in plain Node, for tests: mermaid needs a DOM only to sanitize labels and
// draw. DOMPurify without a window has no sanitize/addHook, so those become no-ops here; parsing
// (the jison grammar, directives, entity codes, the flowchart database) is Mermaid's own code.
import DOMPurify from 'dompurify';

if (typeof DOMPurify.addHook !== 'function') {
  DOMPurify.addHook = () => {};
  DOMPurify.removeHook = () => {};
  DOMPurify.removeHooks = () => {};
  DOMPurify.removeAllHooks = () => {};
  DOMPurify.sanitize = (s) => String(s);
}
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 50000, maxEdges: 500 });

/** throws on a syntax error, like the webview's parse-before-render */
export async function parse(text) {
  return mermaid.parse(text);
}

/** what Mermaid understood: vertices, edges and subgraphs of a flowchart */
export async function structure(text) {
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db;
  const vertices = [...db.getVertices().values()].map((v) => ({ id: v.id, text: v.text, type: v.type, classes: [...(v.classes ?? [])] }));
  const edges = db.getEdges().map((e) => ({ start: e.start, end: e.end, text: e.text ?? '' }));
  const subgraphs = db.getSubGraphs().map((s) => ({ id: s.id, title: s.title, nodes: [...s.nodes] }));
  const directives = typeof db.getClasses === 'function' ? [...db.getClasses().keys()] : [];
  return { type: diagram.type, vertices, edges, subgraphs, classDefs: directives, config: diagram.db.getConfig?.() };
}
