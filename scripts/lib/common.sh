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

# The package selection and features of the workspace builds of the test run (scripts/test
# and the group scripts): one selection, so cargo resolves the dependency graph once and each
# group reuses what the rust group compiled (`-p <crate>` alone would resolve features anew and
# rebuild much of the tree). The exception is scripts/test-kotlin, which builds
# `-p gatehouse-uniffi --features cli` for uniffi-bindgen and the cdylib (`cargo test` does not
# produce them) and so compiles its own part of the tree.
WORKSPACE_FEATURES=gatehouse-core/axum

# stop_process PID...: ends each helper process this script started (SIGTERM) and waits for
# it, ignoring its exit status (143 once killed), which is the helper's, not the caller's.
# PIDs that are empty or already gone are skipped.
stop_process() {
  local pid
  for pid in "$@"; do
    [ -n "$pid" ] || continue
    if kill "$pid" 2>/dev/null; then wait "$pid" 2>/dev/null || true; fi
  done
}
