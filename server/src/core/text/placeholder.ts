/**
 * Template placeholders people leave in real files (`${IMAGE}`, `<ACCOUNT_ID>`, `$$$ROLE$$$`,
 * `{target_group_arn}`, `{{ .Values.x }}`, `arn:aws:iam::XXXXXXXXXXXX:role/x`): the value is filled
 * in later, so we say "placeholder" instead of judging it. One check for schema hints and rules.
 */
const PLACEHOLDER = new RegExp(
  [
    '\\$\\{', // ${VAR}, ${AWS::AccountId}
    '\\$\\(', // $(VAR)
    '\\$[A-Z_]', // $VAR, $$$VAR$$$
    '\\{[^{}]*\\}', // {name}, {{ .x }}
    '<[^<>]*>', // <ACCOUNT_ID>
    '^<', // <your image here (unclosed)
    '__[A-Z0-9_]+__', // __VAR__
    '%[sd]', // printf templates
    'XXXX', // masked account ids
    '-x{6,}', // vpc-xxxxxxxx, subnet-xxxxxx: masked resource ids
    '\\b(ACCOUNT|ACCOUNT_ID|AWS_ACCOUNT_ID|REGION|AWS_REGION)\\b',
    '\\b(REPLACE|CHANGE)_?ME', // REPLACE_ME_ROLE_ARN, CHANGEME
    'changeme',
  ].join('|'),
);

export function isPlaceholder(s: string): boolean {
  return PLACEHOLDER.test(s);
}
