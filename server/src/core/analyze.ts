/** Text → SourceFile: parse (JSON or YAML, per document) and detect each document's kind. */
import { parseJson } from './parse/json';
import { parseYamlSteps, type ParsedYamlDoc } from './parse/yaml';
import { runSteps, type Steps } from './steps';
import { LineIndex } from './parse/lineIndex';
import { toValue } from './parse/tree';
import { detect, looksOurs } from './detect';
import type { DocUnit, FileLanguage, SourceFile } from './types';

export function languageOf(uri: string, languageId?: string, text?: string): FileLanguage | undefined {
  const lower = uri.toLowerCase();
  // CloudFormation's `.template` files are JSON or YAML whatever the editor calls them (the
  // extension gives them the YAML language): the first character tells
  if (/\.template$/.test(lower) && text !== undefined) return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'yaml';
  if (languageId === 'json' || languageId === 'jsonc') return 'json';
  if (languageId === 'yaml' || languageId === 'dockercompose' || languageId === 'github-actions-workflow') return 'yaml';
  if (/\.(json|jsonc)$/.test(lower)) return 'json';
  if (/\.(ya?ml)$/.test(lower)) return 'yaml';
  return undefined;
}

// `${{ … }}` is a GitHub Actions expression, not a Helm template
const HELM_TEMPLATE = /(^|[^$])\{\{[\s\S]*?\}\}/;

export function analyzeText(uri: string, text: string, language: FileLanguage, version = 0, maxFileSize = Infinity): SourceFile {
  return runSteps(analyzeSteps(uri, text, language, version, maxFileSize));
}

/** analyzeText in steps: yields between YAML documents (see steps.ts). */
export function* analyzeSteps(uri: string, text: string, language: FileLanguage, version = 0, maxFileSize = Infinity): Steps<SourceFile> {
  const lines = new LineIndex(text);
  const file: SourceFile = { uri, version, text, language, lines, docs: [] };
  if (text.length > maxFileSize) {
    file.tooLarge = true;
    file.looksOurs = looksOurs(text.slice(0, SNIFF));
    return file;
  }
  // a BOM is legal at the start of a file; parsers would call it an unexpected character
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  if (language === 'json') {
    const { root, errors } = parseJson(body);
    const value = toValue(root);
    const { kind, body: docBody } = detect(root, value, uri);
    file.docs.push({ index: 0, offset: 0, length: text.length, root, value, kind, body: docBody, syntaxErrors: errors });
    return file;
  }
  const parsed = yield* parseYamlSteps(body);
  for (let i = 0; i < parsed.length; i++) {
    file.docs.push(yamlDocUnit(parsed[i], i, uri));
    yield;
  }
  return file;
}

/**
 * One parsed YAML document → DocUnit (shared with the incremental re-parses in reanalyze.ts and
 * reanalyzeEntry.ts; the latter passes the value, rebuilt for the one entry it parsed again).
 */
export function yamlDocUnit(d: ParsedYamlDoc, index: number, uri: string, value: unknown = toValue(d.root)): DocUnit {
  const templated = HELM_TEMPLATE.test(d.text) || (/(^|\/)templates\/[^/]+$/.test(uri) && /(^|[^$])\{\{/.test(d.text));
  const { kind, body: docBody } = templated ? { kind: { family: 'none' as const }, body: undefined } : detect(d.root, value, uri);
  return {
    index,
    offset: d.offset,
    length: d.length,
    root: d.root,
    value,
    kind,
    body: docBody,
    syntaxErrors: templated ? [] : d.errors,
    templated,
    ...(d.lenient ? { lenient: true } : {}),
  };
}

/** how much of a too-large file is looked at to guess whether it is one of ours */
const SNIFF = 64 * 1024;
