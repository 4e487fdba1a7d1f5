/** JSON (with comments tolerated) → our tree, with syntax errors at exact ranges. */
import { parseTree, printParseErrorCode, type Node as JNode, type ParseError } from 'jsonc-parser';
import type { AstNode } from './tree';
import type { Finding } from '../types';
import { exceedsNesting, exceedsValues, refusal, MAX_NESTING, MAX_VALUES } from './depth';
import { maskBareTemplates, templateSyntaxName } from './jsonTemplate';

export interface ParsedJson {
  root: AstNode | undefined;
  errors: Finding[];
}

const messages: Record<string, string> = {
  InvalidSymbol: 'Unexpected character here.',
  InvalidNumberFormat: 'This is not a valid JSON number.',
  PropertyNameExpected: 'Expected a property name in double quotes.',
  ValueExpected: 'Expected a value here.',
  ColonExpected: 'Expected a colon ":" after the property name.',
  CommaExpected: 'Expected a comma "," between items.',
  CloseBraceExpected: 'Expected "}" to close the object.',
  CloseBracketExpected: 'Expected "]" to close the array.',
  EndOfFileExpected: 'Unexpected content after the end of the JSON value.',
  InvalidCommentToken: 'This comment is not closed.',
  UnexpectedEndOfComment: 'This comment is not closed.',
  UnexpectedEndOfString: 'This string is not closed: add the closing double quote.',
  UnexpectedEndOfNumber: 'This number is incomplete.',
  InvalidUnicode: 'Invalid unicode escape sequence.',
  InvalidEscapeCharacter: 'Invalid escape character in string.',
  InvalidCharacter: 'Invalid character in string (control characters must be escaped).',
};

export function parseJson(text: string): ParsedJson {
  const deep = exceedsNesting(text);
  if (deep !== undefined) {
    return {
      root: undefined,
      errors: [{ offset: deep, length: 1, severity: 'error', code: 'syntax', message: refusal('nesting', MAX_NESTING) }],
    };
  }
  const wide = exceedsValues(text, MAX_VALUES.json);
  if (wide !== undefined) {
    return {
      root: undefined,
      errors: [{ offset: wide, length: 1, severity: 'warning', code: 'too-large', message: refusal('values', MAX_VALUES.json) }],
    };
  }
  const raw: ParseError[] = [];
  const tree = parseTree(text, raw, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (raw.length && text.includes('{{')) {
    const templated = parseTemplate(text);
    if (templated) return templated;
  }
  const errors: Finding[] = [];
  for (const e of raw) {
    const code = printParseErrorCode(e.error);
    // Trailing commas and comments are accepted by many tools; the AWS CLI does not, so they still count.
    // at least one character wide, but never past the end (errors at end-of-file are common)
    const offset = Math.min(e.offset, text.length);
    errors.push({
      offset,
      length: Math.min(Math.max(e.length, 1), text.length - offset),
      severity: 'error',
      code: 'syntax',
      message: messages[code] ?? `JSON syntax error (${code}).`,
    });
  }
  const root = tree ? convert(tree, undefined, errors) : undefined;
  return { root, errors: dedupe(errors) };
}

/** A file broken only by bare `{{ … }}` expressions: read with them as strings, one notice. */
function parseTemplate(text: string): ParsedJson | undefined {
  const masked = maskBareTemplates(text);
  if (!masked) return undefined;
  const raw: ParseError[] = [];
  const tree = parseTree(masked.text, raw, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (raw.length || !tree) return undefined;
  const errors: Finding[] = [];
  const root = convert(tree, undefined, errors);
  const starts = new Set(masked.spans.map((s) => s.offset));
  markTemplates(root, starts);
  const first = masked.spans[0];
  errors.unshift({
    ...first,
    severity: 'information',
    code: 'template',
    message: `This file is ${templateSyntaxName(text)}: it is JSON once rendered. The ${masked.spans.length} value${masked.spans.length === 1 ? '' : 's'} written as {{ … }} outside quotes are not checked.`,
  });
  return { root, errors };
}

function markTemplates(node: AstNode, starts: Set<number>): void {
  if (node.type === 'string' && starts.has(node.offset)) node.template = true;
  for (const c of node.children ?? []) markTemplates(c, starts);
}

function convert(n: JNode, parent: AstNode | undefined, errors: Finding[]): AstNode {
  const node: AstNode = { type: n.type, offset: n.offset, length: n.length, parent };
  if (n.type === 'property') node.colonOffset = n.colonOffset;
  if (n.children) node.children = n.children.map((c) => convert(c, node, errors));
  else node.value = n.value;
  if (n.type === 'object' && node.children) reportDuplicateKeys(node, errors);
  return node;
}

function reportDuplicateKeys(obj: AstNode, errors: Finding[]): void {
  const seen = new Set<string>();
  for (const p of obj.children ?? []) {
    const key = p.children?.[0];
    if (!key || typeof key.value !== 'string') continue;
    if (seen.has(key.value)) {
      errors.push({
        offset: key.offset,
        length: key.length,
        severity: 'error',
        code: 'duplicate-key',
        message: `Duplicate key "${key.value}": only the last one is used. Remove or rename one.`,
      });
    }
    seen.add(key.value);
  }
}

/** jsonc-parser reports a cascade at one spot; one message per offset is enough. */
function dedupe(errors: Finding[]): Finding[] {
  const seen = new Set<number>();
  return errors.filter((e) => (seen.has(e.offset) ? false : (seen.add(e.offset), true)));
}
