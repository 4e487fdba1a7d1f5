/**
 * JSON files that are templates: `"command": {{command}}` or ecspresso's
 * `"desiredCount": {{ must_env `COUNT` }}` are JSON only once rendered. Such a file is read with
 * each bare `{{ … }}` standing for a string of the same length (offsets stay), and gets one notice
 * naming the template syntax instead of a syntax error and a cascade of schema errors.
 */
export interface TemplateSpan {
  offset: number;
  length: number;
}

/** The text with every `{{ … }}` outside a JSON string turned into a string, or undefined when there is none. */
export function maskBareTemplates(text: string): { text: string; spans: TemplateSpan[] } | undefined {
  const spans: TemplateSpan[] = [];
  let out = '';
  let last = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      // skip a string, escapes included
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '{' && text[i + 1] === '{') {
      const end = text.indexOf('}}', i + 2);
      // a template expression stays on one line; anything else is not ours to guess about
      if (end < 0 || text.slice(i, end).includes('\n')) return undefined;
      const inner = text.slice(i + 1, end + 1).replace(/["\\]/g, "'");
      out += text.slice(last, i) + '"' + inner + '"';
      spans.push({ offset: i, length: end + 2 - i });
      i = last = end + 2;
      continue;
    }
    i++;
  }
  return spans.length ? { text: out + text.slice(last), spans } : undefined;
}

const ECSPRESSO = /\{\{-?\s*(must_env|env|tfstate|tfstatef|ssm|ssm_list|secretsmanager_arn|json_escape|jsonnet|cfn_output|cfn_export)\b/;
const HELM = /\{\{-?\s*(\.Values|\.Release|include|template)\b/;

/** What kind of template the text is, in words for the notice. */
export function templateSyntaxName(text: string): string {
  if (ECSPRESSO.test(text)) return 'an ecspresso template ({{ must_env `NAME` }})';
  if (HELM.test(text)) return 'a Helm template ({{ .Values.x }})';
  return 'a template ({{ name }}: Go templates, Mustache, Handlebars)';
}
