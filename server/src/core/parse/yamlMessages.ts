/** The `yaml` library's parse errors in the project's words: what is wrong and how to fix it, without its line/column suffix. */
export function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Duplicate key: only one value can be kept. Remove or rename one of them.';
    case 'TAB_AS_INDENT':
      return 'Tabs cannot indent YAML: use spaces.';
    case 'BAD_INDENT':
      return `Bad indentation: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
    default:
      return first.endsWith('.') ? first : `${first}.`;
  }
}
