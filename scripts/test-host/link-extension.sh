#!/usr/bin/env bash
# Installs an extension folder unpacked into RUNDIR/exts, as code-server would after installing a
# VSIX, but as a symlink to the folder: rebuilding the folder and reloading the window picks up
# the new code. VS Code only loads what the extensions.json manifest lists, so write that too.
# usage: link-extension.sh RUNDIR EXTENSION_FOLDER
set -euo pipefail
RUN=$(mkdir -p "${1:?usage: link-extension.sh RUNDIR EXTENSION_FOLDER}/exts" && cd "$1" && pwd)
EXT=$(cd "${2:?usage: link-extension.sh RUNDIR EXTENSION_FOLDER}" && pwd)
node - "$RUN/exts" "$EXT" <<'JS'
const fs = require('fs'), path = require('path');
const [dir, ext] = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync(path.join(ext, 'package.json'), 'utf8'));
const id = `${pkg.publisher}.${pkg.name}`;
const folder = `${id}-${pkg.version}`;
const link = path.join(dir, folder);
fs.rmSync(link, { force: true, recursive: false });
fs.symlinkSync(ext, link, 'dir');
const manifest = path.join(dir, 'extensions.json');
let entries = [];
try { entries = JSON.parse(fs.readFileSync(manifest, 'utf8')); } catch {}
entries = entries.filter((e) => e.identifier.id.toLowerCase() !== id.toLowerCase());
entries.push({
  identifier: { id },
  version: pkg.version,
  location: { $mid: 1, path: link, scheme: 'file' },
  relativeLocation: folder,
  metadata: { installedTimestamp: Date.now(), source: 'vsix' },
});
fs.writeFileSync(manifest, JSON.stringify(entries));
console.log(`linked ${id} ${pkg.version} -> ${ext}`);
JS
