/**
 * Mermaid, bundled: strict security, never started on load, `parse` before `render` so a syntax
 * error becomes a message instead of a blank page. Renders run one at a time; a request that
 * arrives while one runs replaces any waiting one, and a result that is no longer the newest is
 * dropped (typing fast redraws once per pause, not once per keystroke).
 */
import mermaid from 'mermaid';
import type { MermaidTheme } from '../../../shared/src/messages';

export type RenderOutcome = { ok: true; svg: string; ms: number } | { ok: false; error: string; ms: number } | { ok: false; stale: true };

let configured: MermaidTheme | undefined;
let counter = 0;

function configure(theme: MermaidTheme): void {
  if (configured === theme) return;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme,
    // we zoom ourselves: the SVG keeps its natural size
    flowchart: { useMaxWidth: false },
    // the core keeps its text under these (it folds namespaces when it would not fit)
    maxTextSize: 50000,
    maxEdges: 500,
  });
  configured = theme;
}

/** a short, readable message from whatever Mermaid threw */
export function errorText(e: unknown): string {
  const raw = e instanceof Error ? e.message : typeof e === 'object' && e && 'str' in e ? String((e as { str: unknown }).str) : String(e);
  return raw.replace(/\s+$/g, '').slice(0, 2000);
}

let latest = 0;
let running: Promise<void> = Promise.resolve();

export function render(text: string, theme: MermaidTheme): Promise<RenderOutcome> {
  const mine = ++latest;
  const job = running.then(async (): Promise<RenderOutcome> => {
    if (mine !== latest) return { ok: false, stale: true };
    const t0 = performance.now();
    try {
      configure(theme);
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
