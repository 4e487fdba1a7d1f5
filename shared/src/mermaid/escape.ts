/**
 * Label text for Mermaid. Names come from user files, so every character that Mermaid's lexer or
 * pre-processing could read as syntax is written as an entity code (`#quot;`, `#91;`, …) inside a
 * double-quoted label. That covers quotes and brackets (end the label), `%%` and `%%{init}`
 * (comments/directives, found by a regex over the whole text), `#name;` (entity codes themselves),
 * `<`/`>`/`&` (HTML in labels), backticks (markdown strings), `|` (edge labels), `:` and `;`
 * (Mermaid strips a `;` from any line matching `style…:…#…;`), and newlines. Control and bidi
 * characters are dropped so a label cannot reorder what the reader sees.
 */
import { asText } from '../text';

/** C0/C1 controls, DEL, bidi embeddings/overrides/isolates and marks, line/paragraph separators, BOM */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** characters written as entity codes; letters, digits, space and the rest pass as they are */
const ENTITY: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '%': '#37;',
  '&': '#38;',
  ':': '#58;',
  ';': '#59;',
  '<': '#60;',
  '>': '#62;',
  '[': '#91;',
  '\\': '#92;',
  ']': '#93;',
  '`': '#96;',
  '{': '#123;',
  '|': '#124;',
  '}': '#125;',
};
const SPECIAL = /["#%&:;<>[\\\]`{|}\u00b6\ufb02]/g;

export const MAX_LABEL_PART = 80;

/** printable ASCII, no space at either end, no two spaces in a row: what cleanText leaves as it is */
const PLAIN = /^(?:[!-~]+(?: [!-~]+)*)?$/;

/** Plain text, cleaned and capped: what the user sees (also used for the webview's hover data). */
export function cleanText(text: string, max = MAX_LABEL_PART): string {
  // most names are short printable ASCII, already clean: skip the replaces (the diagram cleans thousands)
  if (typeof text === 'string' && text.length <= max && PLAIN.test(text)) return text;
  const flat = asText(text)
    .replace(/\r\n|[\r\n\t]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(flat);
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : flat;
}

/**
 * Text for inside `"…"` in a Mermaid label. The result holds no `"`, no `%`, no newline and no
 * raw `#…;` sequence that was not made here, so it cannot end the label or start a directive.
 * `¶` and `ﬂ` are encoded too: Mermaid uses them as its own placeholders for entity codes.
 */
export function escapeLabel(text: string, max = MAX_LABEL_PART): string {
  return cleanText(text, max).replace(SPECIAL, (c) => ENTITY[c] ?? `#${c.codePointAt(0)};`);
}

/** Several lines of one label, joined with the line break Mermaid renders in node labels. */
export function labelLines(lines: string[], max = MAX_LABEL_PART): string {
  return lines
    .filter((l) => l.trim() !== '')
    .map((l) => escapeLabel(l, max))
    .join('<br/>');
}
