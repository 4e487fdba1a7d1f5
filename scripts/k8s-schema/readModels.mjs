/**
 * Reads the .d.ts files of `kubernetes-models` (built from the newest Kubernetes release's OpenAPI,
 * merged with older releases' specs so removed beta APIs are still described) and of
 * `@kubernetes-models/apimachinery`, into the shape gen-k8s-schema.mjs works on: modules named like
 * kubernetes-types' (`core/v1`, `apps/v1`, `meta/v1`, `api/resource`…), each with its declarations by
 * type name and the imported names each refers to. TypeScript parser only (no type checker).
 * The add-ons' packages (addons.mjs) join as modules named by API group (`karpenter.sh/v1`), marked
 * `addon`, with each type's ajv validator file in `schemaFiles`.
 */
import ts from 'typescript';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ADDONS, addonFileWanted, addonModule, schemaFileOf } from './addons.mjs';

/** package folder of `name`, resolved from the project root */
export function packageDir(root, name) {
  const require = createRequire(join(root, 'package.json'));
  return dirname(require.resolve(`${name}/package.json`));
}

/** `storage.k8s.io/v1/CSIDriver` → `storage/v1`; `v1/Pod` → `core/v1` (the Go package names) */
function modelsModule(relPath) {
  const parts = relPath.split('/');
  parts.pop();
  if (parts.length === 1) return `core/${parts[0]}`;
  return `${parts[0].split('.')[0]}/${parts[1]}`;
}

/** `apis/meta/v1/ObjectMeta` → `meta/v1`; `api/resource/Quantity` → `api/resource`; `runtime/X` → `runtime` */
function machineryModule(relPath) {
  const parts = relPath.split('/');
  parts.pop();
  if (parts[0] === 'apis') parts.shift();
  return parts.join('/');
}

function listDts(dir, base = dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    if (name === '_schemas' || name === 'node_modules') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) listDts(p, base, out);
    else if (name.endsWith('.d.ts') && name !== 'index.d.ts')
      out.push(
        relative(base, p)
          .replace(/\\/g, '/')
          .replace(/\.d\.ts$/, ''),
      );
  }
  return out;
}

/**
 * @returns Map<module, { imports: Map<localName, 'module.Type'>, decls: Map<Type, declaration>, addon?: true, schemaFiles?: Map<Type, file> }>
 */
export function readModels(root) {
  const modelsDir = packageDir(root, 'kubernetes-models');
  const machineryDir = packageDir(root, '@kubernetes-models/apimachinery');
  const modules = new Map();
  const moduleOf = new Map(); // absolute file path without extension → [module, type name]
  const files = [
    ...listDts(modelsDir).map((rel) => ({ abs: join(modelsDir, rel), mod: modelsModule(rel) })),
    ...listDts(machineryDir).map((rel) => ({ abs: join(machineryDir, rel), mod: machineryModule(rel) })),
  ];
  const addonDirs = Object.fromEntries(Object.keys(ADDONS).map((pkg) => [pkg, packageDir(root, pkg)]));
  for (const [pkg, dir] of Object.entries(addonDirs)) {
    for (const rel of listDts(dir)) if (addonFileWanted(pkg, rel)) files.push({ abs: join(dir, rel), mod: addonModule(rel), pkgDir: dir });
  }
  for (const f of files) moduleOf.set(f.abs, [f.mod, f.abs.slice(f.abs.lastIndexOf('/') + 1)]);

  const target = (spec, from) => {
    const stripped = spec.replace(/\.js$/, '');
    if (stripped.startsWith('@kubernetes-models/apimachinery/')) return moduleOf.get(join(machineryDir, stripped.slice(32)));
    if (stripped.startsWith('kubernetes-models/')) return moduleOf.get(join(modelsDir, stripped.slice(18)));
    const pkg = Object.keys(addonDirs).find((p) => stripped.startsWith(`${p}/`)); // one add-on's type in another's
    if (pkg) return moduleOf.get(join(addonDirs[pkg], stripped.slice(pkg.length + 1)));
    if (stripped.startsWith('.')) return moduleOf.get(resolve(dirname(from), stripped));
    return undefined; // @kubernetes-models/base: TypeMeta, Model… (class plumbing, not API types)
  };

  for (const f of files) {
    const [mod, base] = moduleOf.get(f.abs);
    if (!modules.has(mod))
      modules.set(mod, { imports: new Map(), decls: new Map(), ...(f.pkgDir ? { addon: true, schemaFiles: new Map() } : {}) });
    const m = modules.get(mod);
    const text = readFileSync(`${f.abs}.d.ts`, 'utf8');
    if (f.pkgDir) m.schemaFiles.set(base, schemaFileOf(f.pkgDir, text));
    const sf = ts.createSourceFile(`${f.abs}.d.ts`, text, ts.ScriptTarget.Latest, true);
    m.imports.set(`I${base}`, `${mod}.${base}`); // the file's own type, referred to by its local name
    for (const st of sf.statements) {
      if (ts.isImportDeclaration(st) && st.importClause?.namedBindings && ts.isNamedImports(st.importClause.namedBindings)) {
        const t = target(st.moduleSpecifier.text, f.abs);
        if (!t) continue;
        for (const el of st.importClause.namedBindings.elements) m.imports.set(el.name.text, `${t[0]}.${t[1]}`);
      } else if ((ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) && st.name.text === `I${base}`) {
        m.decls.set(base, st);
      }
    }
  }
  return modules;
}

/**
 * `apiVersion` and `kind` of @kubernetes-models/base's TypeMeta, by name: every kind's own
 * declaration of those two fields is a bare literal (`"kind": "Deployment"`) with no description,
 * so a hover on them would say only the type.
 */
export function typeMetaFields(root) {
  // the package exports no package.json (nor a `require` entry): found where Node would install it
  const machinery = packageDir(root, '@kubernetes-models/apimachinery');
  const file = [machinery, root]
    .map((dir) => join(dir, 'node_modules', '@kubernetes-models', 'base', 'dist', 'meta.d.ts'))
    .find((f) => existsSync(f));
  if (!file) throw new Error('readModels: @kubernetes-models/base (a dependency of @kubernetes-models/apimachinery) is not installed');
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const meta = sf.statements.find((st) => ts.isInterfaceDeclaration(st) && st.name.text === 'TypeMeta');
  if (!meta) throw new Error(`readModels: no TypeMeta in ${file}`);
  return new Map(meta.members.filter(ts.isPropertySignature).map((m) => [m.name.getText(), m]));
}

export function modelsVersion(root) {
  return JSON.parse(readFileSync(join(packageDir(root, 'kubernetes-models'), 'package.json'), 'utf8')).version;
}
