/** ajv errors → findings at the exact key or value, in our own words. */
import type { ErrorObject } from 'ajv';
import type { AstNode } from '../parse/tree';
import { findProperty, getChild } from '../parse/tree';
import type { Finding } from '../types';
import { closest } from '../text/closest';
import { isIdPlaceholder, isPlaceholder, placeholderMessage } from '../text/placeholder';
import { asText } from '../text/asText';

function nodeAtPointer(root: AstNode | undefined, pointer: string): AstNode | undefined {
  let n = root;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!n) return undefined;
    n = getChild(n, n.type === 'array' ? Number(seg) : seg);
  }
  return n;
}

/** The key of the property holding `node`, else the node's first character. */
function anchorOf(node: AstNode): { offset: number; length: number } {
  const p = node.parent;
  if (p?.type === 'property' && p.children?.[0]) return { offset: p.children[0].offset, length: p.children[0].length };
  if (node.type === 'object' || node.type === 'array') return { offset: node.offset, length: 1 };
  return { offset: node.offset, length: node.length };
}

const lastSeg = (pointer: string) => pointer.split('/').pop()?.replace(/~1/g, '/').replace(/~0/g, '~') ?? '';
const fieldName = (pointer: string) => {
  const s = lastSeg(pointer);
  return s === '' ? 'The document' : /^\d+$/.test(s) ? `Item ${s}` : `\`${s}\``;
};
const describeType = (n: AstNode) =>
  n.type === 'number' && Number.isInteger(n.value)
    ? 'an integer'
    : n.type === 'object'
      ? 'an object'
      : n.type === 'array'
        ? 'an array'
        : `a ${n.type}`;

export interface MapOptions {
  /** kustomize patches: partial objects, no required fields */
  partial?: boolean;
  /** placeholder values (${VAR}, <value>) get a hint instead of an enum/pattern error (a type error stays an error) */
  placeholders?: boolean;
  /** replacement text is written as YAML (plain scalars, no JSON quotes) */
  yaml?: boolean;
  /** placeholders the deploy tool fills in: no warning (a type error stays) */
  filled?: (value: string) => boolean;
}

const VALUE_KEYWORDS = new Set([
  'enum',
  'const',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'multipleOf',
]);

export function mapSchemaErrors(errors: ErrorObject[], body: AstNode | undefined, opts: MapOptions = {}): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  // a branch error is noise when a more specific error exists inside the same value
  const specific = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if' && e.keyword !== 'not');
  const chosen = specific.length ? specific : errors;
  // a value of the wrong type fails its enum/pattern/range too: report the type alone, once
  const wrongType = new Set(chosen.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const list = chosen.filter((e) => e.keyword === 'type' || !wrongType.has(e.instancePath) || !VALUE_KEYWORDS.has(e.keyword));
  for (const e of list) {
    if (opts.partial && e.keyword === 'required') continue;
    const f = toFinding(e, body, opts);
    if (!f) continue;
    const key = `${f.offset}:${f.length}:${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return collapseBranches(out);
}

/** anyOf branches produce one type error each at the same spot: keep a single merged one. */
function collapseBranches(findings: Finding[]): Finding[] {
  const byPos = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = `${f.offset}:${f.length}`;
    byPos.set(k, [...(byPos.get(k) ?? []), f]);
  }
  const out: Finding[] = [];
  for (const group of byPos.values()) {
    const types = group.filter((f) => f.code === 'schema' && f.message.includes(' must be '));
    if (types.length > 1 && types.every((t) => /must be (a|an) /.test(t.message))) {
      const wanted = types.map((t) => /must be ((a|an) [a-z]+)/.exec(t.message)?.[1]).filter(Boolean);
      const head = types[0].message.split(' must be ')[0];
      const rest = group.filter((f) => !types.includes(f));
      out.push({ ...types[0], message: `${head} must be ${[...new Set(wanted)].join(' or ')}.` }, ...rest);
    } else out.push(...group);
  }
  return out;
}

/** A placeholder where the schema wants a format: template syntax anywhere, an all-caps name (`EFS_ID`) where an id is wanted. */
function placeholderIn(value: string, keyword: string): boolean {
  return keyword === 'pattern' || keyword === 'format' ? isIdPlaceholder(value) : isPlaceholder(value);
}

function toFinding(e: ErrorObject, body: AstNode | undefined, opts: MapOptions): Finding | undefined {
  const node = nodeAtPointer(body, e.instancePath);
  if (!node) return undefined;
  const name = fieldName(e.instancePath);
  const p = e.params as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const at = (n: AstNode) => ({ offset: n.offset, length: n.length });
  const base = { severity: 'error' as const, code: 'schema' };
  // a bare {{ … }} in a JSON template: its rendered value is unknown, so nothing to say about it
  if (node.template) return undefined;
  if (opts.placeholders && typeof node.value === 'string' && placeholderIn(node.value, e.keyword)) {
    // text where text is allowed, but not this text: a template still to be filled in
    if (['enum', 'pattern', 'const', 'format', 'minLength', 'maxLength'].includes(e.keyword)) {
      if (opts.filled?.(node.value)) return undefined;
      return { ...at(node), severity: 'warning', code: 'placeholder', message: placeholderMessage(name, node.value) };
    }
    // text where only a number or boolean is allowed: the file as written is rejected, so it stays an error
    if (e.keyword === 'type') {
      const want = Array.isArray(p.type) ? p.type.join(' or ') : asText(p.type);
      return {
        ...base,
        ...at(node),
        message: `${name} must be ${/^[aeiou]/.test(want) ? 'an' : 'a'} ${want}, but holds the placeholder "${node.value}" (text): substitute it before deploying, or write the value.`,
      };
    }
  }
  switch (e.keyword) {
    case 'type': {
      const want = Array.isArray(p.type) ? p.type.join(' or ') : asText(p.type);
      const article = /^[aeiou]/.test(want) ? 'an' : 'a';
      return { ...base, ...at(node), message: `${name} must be ${article} ${want}, not ${describeType(node)}.` };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      const guess =
        typeof node.value === 'string'
          ? closest(
              node.value,
              (p.allowedValues as unknown[]).filter((v): v is string => typeof v === 'string'),
            )
          : undefined;
      return {
        ...base,
        ...at(node),
        message: `${name} must be one of ${allowed}.${guess ? ` Did you mean "${guess}"?` : ''}`,
        ...(guess
          ? {
              fixes: [
                {
                  title: `Change to "${guess}"`,
                  edits: [{ ...at(node), newText: opts.yaml ? guess : JSON.stringify(guess) }],
                  preferred: true,
                },
              ],
            }
          : {}),
      };
    }
    case 'const':
      return { ...base, ...at(node), message: `${name} must be ${JSON.stringify(p.allowedValue)}.` };
    case 'additionalProperties': {
      const prop = findProperty(node, p.additionalProperty);
      const key = prop?.children?.[0] ?? node;
      const known = Object.keys((e.parentSchema as any)?.properties ?? {}); // eslint-disable-line @typescript-eslint/no-explicit-any
      // a half-typed key: say what is missing instead of quoting an empty name
      if (p.additionalProperty === '') return { ...base, ...at(key), message: 'Empty field name: type a field name or remove the entry.' };
      const guess = closest(p.additionalProperty, known);
      return {
        ...base,
        ...at(key),
        message: `Unknown field \`${p.additionalProperty}\`${guess ? `: did you mean \`${guess}\`?` : ' is not allowed here; remove it or check the spelling.'}`,
        ...(guess && key !== node
          ? {
              fixes: [
                {
                  title: `Rename to "${guess}"`,
                  edits: [{ offset: key.offset, length: key.length, newText: opts.yaml ? guess : JSON.stringify(guess) }],
                  preferred: true,
                },
              ],
            }
          : {}),
      };
    }
    case 'required':
      return {
        ...base,
        ...anchorOf(node),
        message: `Missing required field \`${p.missingProperty}\`${name === 'The document' ? '' : ` in ${name}`}.`,
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const word = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' }[e.keyword];
      return { ...base, ...at(node), message: `${name} must be ${word} ${p.limit} (it is ${asText(node.value)}).` };
    }
    case 'minItems':
      return { ...base, ...anchorOf(node), message: `${name} needs at least ${p.limit} item${p.limit === 1 ? '' : 's'}.` };
    case 'maxItems':
      return { ...base, ...anchorOf(node), message: `${name} allows at most ${p.limit} items (it has ${node.children?.length ?? '?'}).` };
    case 'minLength':
      return {
        ...base,
        ...at(node),
        message: p.limit === 1 ? `${name} must not be empty.` : `${name} must be at least ${p.limit} characters long.`,
      };
    case 'maxLength':
      return { ...base, ...at(node), message: `${name} must be at most ${p.limit} characters long.` };
    case 'minProperties':
      return { ...base, ...anchorOf(node), message: `${name} must not be empty.` };
    case 'uniqueItems':
      return { ...base, ...anchorOf(node), message: `${name} lists the same item twice (items ${p.j} and ${p.i}).` };
    case 'pattern': {
      const hint = (e.parentSchema as any)?.['x-pattern-hint']; // eslint-disable-line @typescript-eslint/no-explicit-any
      return {
        ...base,
        ...at(node),
        message: `${name} does not have the expected format${hint ? `: ${hint}` : ` (pattern ${p.pattern})`}.`,
      };
    }
    case 'anyOf':
    case 'oneOf':
      return { ...base, ...anchorOf(node), message: `${name} does not match any of the allowed shapes.` };
    case 'not':
      return { ...base, ...anchorOf(node), message: `${name} has a value or combination that is not allowed here.` };
    default:
      return { ...base, ...at(node), message: `${name}: ${e.message ?? 'invalid value'}.` };
  }
}
