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
  /** `asWebviewUri` of dist/webview/codicon.css (the icon font, bundled from @vscode/codicons) */
  codiconUri: string;
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
<link rel="stylesheet" href="${attr(o.codiconUri)}" id="vscode-codicon-stylesheet">
<link rel="stylesheet" href="${attr(o.styleUri)}">
<title>Architecture Diagram</title>
</head>
<body>
<div id="toolbar" role="toolbar" aria-label="Diagram tools">
  <nav id="crumbs" aria-label="Diagram level"></nav>
  <vscode-toolbar-button id="level-toggle" icon="list-tree" label="Show every resource of this level" title="Show every resource of this level"></vscode-toolbar-button>
  <span class="sep" role="separator"></span>
  <vscode-textfield id="search" type="search" placeholder="Search names" aria-label="Search names" spellcheck="false"><vscode-icon slot="content-before" name="search"></vscode-icon></vscode-textfield>
  <span id="search-count" class="muted" aria-live="polite"></span>
  <vscode-single-select id="group" aria-label="Go to a cluster or namespace" title="Go to a cluster or namespace"><vscode-option value="">Overview</vscode-option></vscode-single-select>
  <vscode-multi-select id="kinds" aria-label="Kinds to show" title="Kinds to show"></vscode-multi-select>
  <span class="sep" role="separator"></span>
  <vscode-toolbar-button id="zoom-out" icon="zoom-out" label="Zoom out (-)" title="Zoom out (-)"></vscode-toolbar-button>
  <span id="zoom-level" class="muted" aria-label="Zoom level">100%</span>
  <vscode-toolbar-button id="zoom-in" icon="zoom-in" label="Zoom in (+)" title="Zoom in (+)"></vscode-toolbar-button>
  <vscode-toolbar-button id="fit" icon="screen-full" label="Fit to the window (0)" title="Fit to the window (0)"></vscode-toolbar-button>
  <vscode-toolbar-button id="actual" icon="screen-normal" label="Actual size (1)" title="Actual size (1)"></vscode-toolbar-button>
  <span class="sep" role="separator"></span>
  <vscode-button id="copy" secondary icon="copy" title="Copy what is shown as Mermaid">Copy Mermaid</vscode-button>
  <vscode-button id="export" secondary icon="export" title="Save what is shown as .mmd, Markdown or SVG">Export&hellip;</vscode-button>
  <span id="scope" class="muted" hidden></span>
  <vscode-button id="show-all" secondary hidden>Show whole workspace</vscode-button>
  <span id="status" class="muted" role="status"></span>
</div>
<div id="message" role="alert" hidden></div>
<div id="viewport" tabindex="0" role="application" aria-label="Architecture diagram: Tab to a node, arrow keys to its neighbours, Enter to open its source"><div id="canvas"></div>
  <details id="legend" open hidden><summary>Legend</summary><div class="legend-items"></div></details>
</div>
<div id="tooltip" role="tooltip" hidden></div>
<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>
`;
}
