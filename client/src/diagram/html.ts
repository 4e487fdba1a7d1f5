/**
 * The diagram webview's HTML: pure (no vscode import) so the CSP can be unit-tested. Scripts run
 * only by nonce; styles come from the extension plus inline (Mermaid writes a <style> element and
 * style attributes into its SVG); images from the webview's own source or data:; nothing remote.
 * The page carries no data: the first diagram arrives as a message.
 */
import { randomBytes } from 'node:crypto';

export interface HtmlOptions {
  /** `webview.cspSource` */
  cspSource: string;
  nonce: string;
  /** `asWebviewUri` of dist/webview/diagram.js and diagram.css */
  scriptUri: string;
  styleUri: string;
}

/** 128 random bits, base64: a CSP nonce from the OS generator, new for every page */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
    // not covered by default-src: close them too
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function diagramHtml(o: HtmlOptions): string {
  if (!/^[A-Za-z0-9+/=]{16,}$/.test(o.nonce)) throw new Error('nonce must be base64 of at least 16 characters');
  const csp = contentSecurityPolicy(o.cspSource, o.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attr(o.styleUri)}">
<title>Architecture Diagram</title>
</head>
<body>
<div id="toolbar" role="toolbar" aria-label="Diagram tools">
  <input id="search" type="search" placeholder="Search names" aria-label="Search names" spellcheck="false">
  <span id="search-count" class="muted"></span>
  <select id="group" aria-label="Show one cluster or namespace"><option value="">All clusters and namespaces</option></select>
  <details id="kinds"><summary>Kinds</summary><div id="kind-list" role="group" aria-label="Kinds to show"></div></details>
  <span class="sep"></span>
  <button id="zoom-out" type="button" title="Zoom out (-)" aria-label="Zoom out">&minus;</button>
  <span id="zoom-level" class="muted">100%</span>
  <button id="zoom-in" type="button" title="Zoom in (+)" aria-label="Zoom in">+</button>
  <button id="fit" type="button" title="Fit to the window (0)">Fit</button>
  <button id="actual" type="button" title="Actual size (1)">1:1</button>
  <span class="sep"></span>
  <button id="copy" type="button" title="Copy the Mermaid source">Copy Mermaid</button>
  <button id="export" type="button" title="Save as .mmd, Markdown or SVG">Export&hellip;</button>
  <span id="scope" class="muted" hidden></span>
  <button id="show-all" type="button" hidden>Show whole workspace</button>
  <span id="status" class="muted" role="status"></span>
</div>
<div id="message" role="alert" hidden></div>
<div id="viewport" tabindex="0" aria-label="Architecture diagram"><div id="canvas"></div>
  <details id="legend" open hidden><summary>Legend</summary><div class="legend-items"></div></details>
</div>
<div id="tooltip" role="tooltip" hidden></div>
<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>
`;
}
