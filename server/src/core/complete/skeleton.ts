/** Value skeletons inserted after a key: snippets shaped by the field's schema. */
import type { Schema } from '../schema/store';
import { asText } from '../text/asText';

export type Lang = 'json' | 'yaml';

function firstType(s: Schema): string | undefined {
  if (Array.isArray(s.enum) && s.enum.length) return 'enum';
  const t = Array.isArray(s.type) ? s.type[0] : s.type;
  if (t) return t;
  if (s.properties) return 'object';
  if (s.items) return 'array';
  return undefined;
}

const esc = (v: string) => v.replace(/[$}\\|,]/g, (c) => `\\${c}`);

/** JSON or YAML text of a defaultSnippets body, re-indented for the insertion point. */
function fromBody(body: unknown, lang: Lang, indent: string): string {
  if (lang === 'json')
    return JSON.stringify(body, null, '\t')
      .replace(/\n/g, `\n${indent}`)
      .replace(/"\^([^"]*)"/g, '$1');
  return toYaml(body, indent + '  ');
}

function toYaml(v: unknown, indent: string): string {
  if (Array.isArray(v)) return v.map((x) => `\n${indent}- ${toYaml(x, indent + '  ').replace(/^\n\s*/, '')}`).join('');
  if (v && typeof v === 'object')
    return Object.entries(v)
      .map(([k, x]) => `\n${indent}${k}: ${toYaml(x, indent + '  ')}`.replace(/: \n/, ':\n'))
      .join('');
  if (typeof v === 'string')
    return v.startsWith('^')
      ? v.slice(1)
      : v.includes('$')
        ? v
        : JSON.stringify(v) === `"${v}"` && /^[\w./:-]*$/.test(v)
          ? v
          : JSON.stringify(v);
  return asText(v);
}

/** Snippet text for the value part after `key: ` / `"key": `. `indent` is the key's indentation. */
export function valueSkeleton(s: Schema | undefined, lang: Lang, indent: string): string {
  if (!s) return lang === 'json' ? '$1' : '$1';
  const snippet = Array.isArray(s.defaultSnippets) ? s.defaultSnippets[0]?.body : undefined;
  if (snippet !== undefined) return fromBody(snippet, lang, indent);
  switch (firstType(s)) {
    case 'enum': {
      const vals = (s.enum as unknown[]).map((v) => (lang === 'json' ? JSON.stringify(v) : asText(v))).map(esc);
      return `\${1|${vals.join(',')}|}`;
    }
    case 'string':
      return lang === 'json' ? '"$1"' : '$1';
    case 'integer':
    case 'number':
      return `\${1:${typeof s.default === 'number' ? s.default : 0}}`;
    case 'boolean':
      return `\${1|${s.default === false ? 'false,true' : 'true,false'}|}`;
    case 'object':
      return lang === 'json' ? `{\n${indent}\t$1\n${indent}}` : `\n${indent}  $1`;
    case 'array': {
      const item = s.items && typeof s.items === 'object' && !Array.isArray(s.items) ? (s.items as Schema) : undefined;
      const itemObj = item && (item.properties || item.$ref || firstType(item) === 'object');
      if (lang === 'json') return itemObj ? `[\n${indent}\t{\n${indent}\t\t$1\n${indent}\t}\n${indent}]` : `[$1]`;
      return `\n${indent}  - $1`;
    }
    default:
      return lang === 'json' ? '$1' : '$1';
  }
}
