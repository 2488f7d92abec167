# Helpers shared by the scripts in scripts/ (sourced, not run).

# Installs Debian packages that are missing; runs `apt-get update` at most once per run.
apt_install() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  if [ -z "${GATEHOUSE_APT_UPDATED:-}" ]; then
    "${sudo[@]}" apt-get update -qq
    export GATEHOUSE_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Ensures the rustup components the checks need.
rust_components() {
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
}

# Prints a section header with the elapsed time.
step() {
  echo
  echo "==> [$(( SECONDS / 60 ))m$(( SECONDS % 60 ))s] $*"
}

# Runs a command (or a function) holding the lock on bindings-wasm/pkg/: the browser and nextjs
# groups run in parallel lanes, and both rebuild the module there and then read it.
with_wasm_lock() {
  local lock=${CARGO_TARGET_DIR:-target}/wasm-pkg.lock
  mkdir -p "$(dirname "$lock")"
  ( flock 9 && "$@" ) 9>"$lock"
}

# The package selection and features of every workspace build of the test run (scripts/test
# and the group scripts): one selection, so cargo resolves the dependency graph once and each
# group reuses what the rust group compiled (`-p <crate>` alone would resolve features anew and
# rebuild much of the tree).
WORKSPACE_FEATURES=gatehouse-core/axum
