/**
 * Mermaid, bundled: strict security, never started on load, `parse` before `render` so a syntax
 * error becomes a message instead of a blank page. Renders run one at a time; a request that
 * arrives while one runs replaces any waiting one, and a result that is no longer the newest is
 * dropped (typing fast redraws once per pause, not once per keystroke).
 */
import mermaid from 'mermaid';
import type { DiagramLayout, MermaidTheme } from '../../../shared/src/messages';

export type RenderOutcome = { ok: true; svg: string; ms: number } | { ok: false; error: string; ms: number } | { ok: false; stale: true };

let configured: string | undefined;
let counter = 0;

/** label size at 100 %: VS Code's own text is 13 px; 11 px is the least a label may show */
export const LABEL_PX = 14;
/** the codicon font first: it holds only the glyphs (private-use code points), the names fall through */
const FONT = 'codicon, "Segoe WPC", "Segoe UI", system-ui, Ubuntu, "Droid Sans", sans-serif';

function configure(theme: MermaidTheme, layout: DiagramLayout): void {
  if (configured === `${theme} ${layout}`) return;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme,
    layout,
    fontFamily: FONT,
    themeVariables: { fontSize: `${LABEL_PX}px`, fontFamily: FONT },
    // we zoom ourselves: the SVG keeps its natural size
    flowchart: { useMaxWidth: false },
    // the core keeps its text under these (it folds namespaces when it would not fit)
    maxTextSize: 50000,
    maxEdges: 500,
  });
  configured = `${theme} ${layout}`;
}

/** the glyphs must be in the font before Mermaid measures a label, or boxes come out too narrow */
let fontReady: Promise<unknown> | undefined;
const glyphFont = () =>
  (fontReady ??= Promise.race([
    document.fonts.load(`${LABEL_PX}px codicon`, '\ueb99').catch(() => undefined),
    new Promise((r) => setTimeout(r, 3000)),
  ]));

/** a short, readable message from whatever Mermaid threw */
export function errorText(e: unknown): string {
  const raw = e instanceof Error ? e.message : typeof e === 'object' && e && 'str' in e ? String((e as { str: unknown }).str) : String(e);
  return raw.replace(/\s+$/g, '').slice(0, 2000);
}

let latest = 0;
let running: Promise<void> = Promise.resolve();

export function render(text: string, theme: MermaidTheme, layout: DiagramLayout = 'dagre'): Promise<RenderOutcome> {
  const mine = ++latest;
  const job = running.then(async (): Promise<RenderOutcome> => {
    if (mine !== latest) return { ok: false, stale: true };
    await glyphFont();
    const t0 = performance.now();
    try {
      configure(theme, layout);
      await mermaid.parse(text);
      const id = `diagram-svg-${++counter}`;
      // bindFunctions is never called: clicks are ours, from node ids we own
      const { svg } = await mermaid.render(id, text);
      if (mine !== latest) return { ok: false, stale: true };
      return { ok: true, svg, ms: performance.now() - t0 };
    } catch (e) {
      // Mermaid leaves its scratch element behind on errors
      document.querySelectorAll('body > [id^="ddiagram-svg-"], body > #diagram-svg-' + counter).forEach((n) => n.remove());
      if (mine !== latest) return { ok: false, stale: true };
      return { ok: false, error: errorText(e), ms: performance.now() - t0 };
    }
  });
  running = job.then(
    () => undefined,
    () => undefined,
  );
  return job;
}
