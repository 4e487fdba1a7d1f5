import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText, escapeLabel } from '../../../shared/src/mermaid/escape';
import { renderDiagram } from '../../../server/src/core/graph/index';
import { HOSTILE, hostileFiles, infos, serviceOf } from './helpers';

/** every line the printer writes, as patterns: user text only ever inside "…" */
const LABEL = '"[^"\\n]*"';
const SHAPE = `(?:\\[${LABEL}\\]|\\(${LABEL}\\)|\\(\\[${LABEL}\\]\\)|\\[\\[${LABEL}\\]\\]|\\[\\(${LABEL}\\)\\]|\\{\\{${LABEL}\\}\\}|>${LABEL}\\]|\\[/${LABEL}/\\]|\\[\\\\${LABEL}\\\\\\]|\\[/${LABEL}\\\\\\]|\\[\\\\${LABEL}/\\])`;
const ID = '(?:n|c)_[0-9a-z]+';
const LINES = [
  /^flowchart (LR|TB)$/,
  new RegExp(`^ *subgraph (g_[0-9a-z]+|legend)\\[${LABEL}\\]$`),
  /^ *end$/,
  new RegExp(`^ *(${ID}|lg_[a-z0-9_]+|trunc_more|empty)${SHAPE}$`),
  new RegExp(`^ {2}${ID} (-->|-\\.->|==>)(\\|${LABEL}\\|)? ${ID}$`),
  /^ {2}classDef [a-z0-9_]+ [a-z-]+:[#0-9a-z]+( [0-9]+)?(,[a-z-]+:[#0-9a-z]+( [0-9]+)?)*$/,
  /^ {2}class [a-z0-9_,]+ [a-z0-9_]+$/,
];

function checkShape(text: string): void {
  for (const line of text.split('\n').filter((l) => l !== '')) {
    assert.ok(
      LINES.some((re) => re.test(line)),
      `a line the printer does not write: ${JSON.stringify(line)}`,
    );
  }
  assert.ok(
    !/click/i.test(text.replace(/#\d+;|#quot;/g, '').replace(/"[^"\n]*"/g, (s) => s.replace(/click/gi, ''))),
    'no click outside labels',
  );
  assert.ok(!text.includes('%'), 'no % at all: no comment, no directive');
  assert.ok(
    !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff`]/.test(text),
    'no control, bidi or backtick characters',
  );
  assert.ok(!/<(?!br\/>)/.test(text), 'no markup but our own line breaks');
  assert.ok(!/javascript:/i.test(text));
}

test('escapeLabel: entity codes for syntax characters; controls and bidi dropped; length capped', () => {
  assert.equal(escapeLabel('a"b'), 'a#quot;b');
  assert.equal(escapeLabel('[x] {y} <z> |p|'), '#91;x#93; #123;y#125; #60;z#62; #124;p#124;');
  assert.equal(escapeLabel('#quot;'), '#35;quot#59;', 'an entity code in user text stays literal');
  assert.equal(escapeLabel('%%{init}%%'), '#37;#37;#123;init#125;#37;#37;');
  assert.equal(escapeLabel('javascript:x'), 'javascript#58;x');
  assert.equal(escapeLabel('`md`'), '#96;md#96;');
  assert.equal(escapeLabel('a\nb\r\nc'), 'a b c');
  assert.equal(escapeLabel('r\u202Etl\u2066\u2069\u200f'), 'rtl');
  assert.equal(escapeLabel('ﬂ°°60¶ß'), '#64258;°°60#182;ß', "Mermaid's own placeholders are encoded too");
  assert.equal(cleanText('x'.repeat(200)).length, 80);
  assert.ok(cleanText('x'.repeat(200)).endsWith('…'));
  assert.equal(escapeLabel('shop-web/api_v2 (prod) ok'), 'shop-web/api_v2 (prod) ok', 'ordinary names stay readable');
});

test('hostile names: every label stays inside its quotes; no line starts with user text', () => {
  const r = renderDiagram(serviceOf(hostileFiles()).workspace, { maxTextSize: 1_000_000, maxEdges: 100_000 });
  assert.ok(!r.stats.collapsed);
  checkShape(r.mermaid);
  // node info keeps the names readable (cleaned, never escaped) for the hover
  const labels = Object.values(infos(r)).map((n) => n.label);
  assert.ok(labels.includes(cleanText(`ECS service ${HOSTILE[0]}`, 200)));
  for (const n of Object.values(infos(r))) assert.ok(!/[\u202a-\u202e\u2066-\u2069\n]/.test(n.label + n.facts.join('')));
});

test('hostile names survive folding too', () => {
  const r = renderDiagram(serviceOf(hostileFiles()).workspace, { maxTextSize: 8000, maxEdges: 60 });
  assert.ok(r.stats.collapsed);
  checkShape(r.mermaid);
  assert.ok(r.mermaid.length <= 8000);
});

export { checkShape };
