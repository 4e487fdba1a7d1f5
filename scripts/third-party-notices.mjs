// Writes dist/ThirdPartyNotices.txt: the license of every npm package whose code esbuild put in a
// bundle (from the builds' metafiles), plus kubernetes-models, whose field descriptions become
// dist/schemas/kubernetes.json. The texts are read from node_modules at build time.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';

/** `node_modules/@scope/name/...` or `node_modules/name/...` → the package folder */
function packageDir(input) {
  const parts = input.split('/');
  const i = parts.lastIndexOf('node_modules');
  if (i < 0) return undefined;
  const n = parts[i + 1]?.startsWith('@') ? 3 : 2;
  return parts.slice(0, i + n).join('/');
}

function licenseText(dir) {
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const file = names.find((n) => /^(licen[cs]e|copying|notice)(\.|$)/i.test(n));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : undefined;
}

export function writeNotices(metafiles, outFile, extraPackages = []) {
  const dirs = new Set(extraPackages.map((p) => join('node_modules', p)));
  for (const m of metafiles)
    for (const input of Object.keys(m?.inputs ?? {})) {
      const d = packageDir(input);
      if (d) dirs.add(d);
    }
  const entries = [];
  for (const dir of [...dirs].sort()) {
    let pkg;
    try {
      pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    if (!pkg.name || pkg.name === 'ecs-eks-architect') continue;
    const text = licenseText(dir) ?? `License: ${pkg.license ?? 'see the package'}`;
    entries.push(`${pkg.name}@${pkg.version} (${pkg.license ?? 'unknown'})\n${'-'.repeat(60)}\n${text}\n`);
  }
  const unique = [...new Set(entries)];
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `ECS & EKS Architect ships code and text from these npm packages.\n\n${unique.join('\n\n')}`);
  return unique.length;
}
