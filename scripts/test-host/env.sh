# Source me (bash): puts the test host's Node 24 first in PATH and keeps code-server's config,
# data and logs inside the host folder instead of ~. Defines VSHOST and CODE_SERVER.
_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
VSHOST=$(cd "${VSHOST:-$_root/.vscode-test/host}" && pwd)
export VSHOST
export PATH="$VSHOST/bin:$PATH"
export XDG_CONFIG_HOME="$VSHOST/xdg/config" XDG_DATA_HOME="$VSHOST/xdg/data" XDG_CACHE_HOME="$VSHOST/xdg/cache"
CODE_SERVER="$VSHOST/cs/node_modules/code-server/out/node/entry.js"
unset _root
