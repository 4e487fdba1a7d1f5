import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSecurityPolicy, diagramHtml, makeNonce } from '../../../client/src/diagram/html';

const SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const opts = (nonce = makeNonce()) => ({
  cspSource: SOURCE,
  nonce,
  scriptUri: `${SOURCE}/ext/dist/webview/diagram.js`,
  styleUri: `${SOURCE}/ext/dist/webview/diagram.css`,
  codiconUri: `${SOURCE}/ext/dist/webview/codicon.css`,
});

/** the policy as the browser reads it: directive → sources */
function parseCsp(html: string): Map<string, string[]> {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(m, 'a CSP meta tag');
  return new Map(
    m[1]
      .replace(/&#39;|&apos;/g, "'")
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );
}

test('the CSP comes first in <head> and allows scripts only by nonce', () => {
  const o = opts();
  const html = diagramHtml(o);
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<link'), 'CSP before any resource');
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'), 'CSP before any script');
  const csp = parseCsp(html);
  assert.deepEqual(csp.get('default-src'), ["'none'"]);
  assert.deepEqual(csp.get('script-src'), [`'nonce-${o.nonce}'`]);
  assert.deepEqual(csp.get('style-src'), [SOURCE, "'unsafe-inline'"]);
  assert.deepEqual(csp.get('img-src'), [SOURCE, 'data:']);
  assert.deepEqual(csp.get('font-src'), [SOURCE]);
  assert.deepEqual(csp.get('base-uri'), ["'none'"]);
  assert.deepEqual(csp.get('form-action'), ["'none'"]);
  for (const [k, v] of csp) {
    assert.ok(!v.includes("'unsafe-eval'"), `${k} has no unsafe-eval`);
    assert.ok(!v.some((s) => /^(https?:|\*|http)/.test(s) && s !== SOURCE), `${k} names nothing remote: ${v.join(' ')}`);
  }
});

test('every script tag carries the nonce and loads our bundle; no inline script, no handler attributes', () => {
  const o = opts();
  const html = diagramHtml(o);
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1);
  assert.match(scripts[0][0], new RegExp(`nonce="${o.nonce.replace(/[+/]/g, (c) => `\\${c}`)}"`));
  assert.match(scripts[0][0], /src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/dist\/webview\/diagram\.js"/);
  assert.equal(scripts[0][1].trim(), '', 'no inline code');
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handlers');
  assert.doesNotMatch(html, /javascript:/i);
  assert.doesNotMatch(html, /https?:\/\/(?!file\+\.vscode-resource)/, 'no other origin');
});

test('nonces are fresh, long and base64', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    const n = makeNonce();
    assert.match(n, /^[A-Za-z0-9+/]{22}==$/);
    seen.add(n);
  }
  assert.equal(seen.size, 200);
  assert.throws(() => diagramHtml(opts('short')), /nonce/);
  assert.throws(() => diagramHtml(opts('"><script>alert(1)</script>')), /nonce/);
});

test('URIs are attribute-escaped', () => {
  const html = diagramHtml({ ...opts(), scriptUri: 'x" onload="alert(1)', styleUri: 'y"><b>' });
  assert.ok(html.includes('src="x&quot; onload=&quot;alert(1)"'));
  assert.ok(html.includes('href="y&quot;&gt;&lt;b&gt;"'));
  assert.equal(contentSecurityPolicy('a', 'b').split('; ')[0], "default-src 'none'");
});
