/**
 * ECS rule messages name the API's fields (`requiresCompatibilities`); on a template they name
 * the template's (`RequiresCompatibilities`). Only field-like words are rewritten: camelCase
 * words, and quoted words that the view renamed.
 */
const ACRONYMS: Record<string, string> = { efs: 'EFS', fsx: 'FSx', iam: 'IAM' };

export function templateWords(message: string, names: ReadonlyMap<string, string>): string {
  return message
    .replace(/\b[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*\b/g, (w) => names.get(w) ?? pascal(w))
    .replace(/(["`])([a-z][a-z0-9]*)\1/g, (m, q: string, w: string) => (names.has(w) ? `${q}${names.get(w)}${q}` : m));
}

function pascal(w: string): string {
  const head = /^[a-z]+/.exec(w)![0];
  const acr = ACRONYMS[head];
  return acr ? acr + w.slice(head.length) : w[0].toUpperCase() + w.slice(1);
}
