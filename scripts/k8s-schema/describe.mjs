/**
 * Field descriptions for the generated Kubernetes schema: the API's Go doc comments, trimmed for a
 * hover (paragraphs kept, long texts cut at a sentence, `More info: URL` made a link), and the
 * defaults and deprecations those comments state.
 */

const MAX = 900;

export function cleanDescription(raw) {
  const text = String(raw ?? '')
    .replace(/\r/g, '')
    .trim();
  if (!text) return '';
  const paragraphs = text
    .split(/\n\s*\n/)
    .map(tidyParagraph)
    .filter(Boolean);
  const out = [];
  let size = 0;
  for (const p of paragraphs) {
    if (out.length && size + p.length > MAX) {
      out.push('…');
      break;
    }
    out.push(p.length > MAX * 1.5 ? cutAtSentence(p, MAX) : p);
    size += p.length;
  }
  return out.join('\n\n');
}

/** One paragraph: wrapped lines joined; Go-doc code (indented lines) kept as a code block. */
function tidyParagraph(p) {
  const lines = p.split('\n');
  if (lines.every((l) => /^(\t| {2,})/.test(l) || !l.trim())) return lines.map((l) => `    ${l.trim()}`).join('\n');
  return lines
    .map((l) => l.trim())
    .join(' ')
    .replace(/\s{2,}/g, ' ')
    .replace(/More info:\s+(https?:\/\/\S+?)([.,;)]?)(?=\s|$)/g, (_m, url, tail) => `[More info](${url})${tail}`)
    .trim();
}

function cutAtSentence(p, max) {
  const head = p.slice(0, max);
  const end = head.lastIndexOf('. ');
  return `${end > max / 2 ? head.slice(0, end + 1) : head.trimEnd()} …`;
}

/**
 * `Defaults to X.` / `Default is X.` when X has the field's type: a number for integers,
 * true/false for booleans, a quoted or CamelCase word for strings, `25%` for int-or-string.
 */
export function defaultFrom(raw, schema) {
  // the value must end the sentence: "Defaults to Always if …" is a conditional default
  const m = /\bDefaults? (?:to|is) ("[^"]*"|'[^']*'|[^\s,;]+?)(?=\.(\s|$)|$)/.exec(String(raw ?? ''));
  if (!m) return undefined;
  const word = m[1];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('integer') && /^(0|[1-9][0-9]*)$/.test(word)) return Number(word);
  if (types.includes('boolean') && /^(true|false)$/i.test(word)) return word.toLowerCase() === 'true';
  if (types.includes('string')) {
    const quoted = /^["'](.+)["']$/.exec(word);
    if (quoted && /^[\w.\-/*%]+$/.test(quoted[1])) return quoted[1];
    if (/^[A-Z][A-Za-z]+$/.test(word) && !/^(The|This|Nil|Empty|True|False)$/.test(word)) return word;
    if (types.includes('integer') && /^[0-9]+%$/.test(word)) return word;
  }
  return undefined;
}

/** The comment says the field is deprecated (not merely that it concerns deprecation). */
export function isDeprecated(raw) {
  const t = String(raw ?? '');
  return (
    /^(Deprecated\b|DEPRECATED\b)/.test(t) ||
    /(^|[.:]\s+)(Deprecated|DEPRECATED)[:.]/.test(t) ||
    /\bis a deprecated alias\b|\bThis field is deprecated\b|\bis the deprecated field\b/.test(t)
  );
}
