/**
 * Template placeholders people leave in real files (`${IMAGE}`, `<ACCOUNT_ID>`, `$$$ROLE$$$`,
 * `{target_group_arn}`, `{{ .Values.x }}`, `arn:aws:iam::aws_account_id:role/x`): the value is
 * filled in later, so we say "placeholder" (once, as a warning) instead of judging it. The one
 * module every family asks: the ECS rules and the schema mapper (`isPlaceholder`), the Kubernetes
 * rules (`hasTemplateSyntax`, narrower) and the checks of fields that hold an id (`isIdPlaceholder`).
 */
const TEMPLATE = [
  '\\$\\{', // ${VAR}, ${AWS::AccountId}
  '\\$\\(', // $(VAR)
  '\\$[A-Z_]', // $VAR, $$$VAR$$$
  '\\{\\{', // {{ .x }}, {{ must_env `X` }}
  '<[^<>]*>', // <ACCOUNT_ID>, <IMAGE1_NAME>
  '__[A-Z0-9_]+__', // __VAR__
  '\\bREPLACE', // REPLACE_ME_ROLE_ARN, REPLACE_WITH_ROLE
  '\\bCHANGE_?ME', // CHANGEME
];

const PLACEHOLDER = new RegExp(
  [
    ...TEMPLATE,
    '\\{[^{}]*\\}', // {name}
    '^<', // <your image here (unclosed)
    '%[sd]', // printf templates
    'XXXX|xxxxxxxx', // masked account ids: XXXXXXXXXXXX, xxxxxxxxxxxx
    '-x{6,}', // vpc-xxxxxxxx, subnet-xxxxxx: masked resource ids
    '\\b(ACCOUNT|ACCOUNT_ID|AWS_ACCOUNT_ID|REGION|AWS_REGION)\\b',
    '(^|[^A-Za-z])(aws_)?account_?id([^A-Za-z]|$)', // arn:aws:iam::aws_account_id:role/x
    ':(aws_)?region:', // arn:aws:ecs:region:…
    'changeme',
  ].join('|'),
);

const TEMPLATE_ONLY = new RegExp(TEMPLATE.join('|'), 'i');

/** A value written as a template or with a masked part: not ours to judge. */
export function isPlaceholder(s: string): boolean {
  return PLACEHOLDER.test(s);
}

/**
 * Only template syntax (Helm/envsubst/ecspresso/CodePipeline), no bare `{name}` nor masked ids:
 * Kubernetes annotation values hold JSON (`{"type": …}`), which the `{name}` form would wave
 * through unchecked.
 */
export function hasTemplateSyntax(s: string): boolean {
  return TEMPLATE_ONLY.test(s);
}

/**
 * An all-caps token where an id or ARN is required (`EFS_ID`, `SUBNET_ID`, `MY_ROLE_ARN`): a name
 * to substitute, not a malformed id. Only asked for fields with an id format (an all-caps value of
 * an enum field, `AWSVPC`, is a misspelling and stays an error).
 */
export function isIdPlaceholder(s: string): boolean {
  return /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(s) || /^[A-Z]+(ID|ARN)$/.test(s) || isPlaceholder(s);
}

/** How a placeholder is reported, the same words everywhere. */
export function placeholderMessage(name: string, value: string): string {
  return `${name} holds the placeholder "${value}": substitute it before deploying.`;
}
