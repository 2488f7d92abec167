# Helpers of scripts/generate-clients and scripts/test-clients (sourced, not run): the pinned
# generator versions, and where and how the tools are installed.

OAPI_CODEGEN=github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen
OAPI_CODEGEN_VERSION=v2.8.2
PROGENITOR_VERSION=0.15.1

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
# Tools and build outputs of the clients, out of the work tree.
CLIENT_TOOLS=${GATEHOUSE_CLIENT_TOOLS:-$CARGO_TARGET_DIR/clients}

# Installs the generators and linters at their pinned versions, each only when missing or
# out of date: npm packages from openapi/tools/package-lock.json, Python packages from
# openapi/tools/requirements.txt into a virtualenv, cargo-progenitor with cargo install.
install_client_tools() {
  mkdir -p "$CLIENT_TOOLS"
  local lock=openapi/tools/package-lock.json
  if ! cmp -s "$lock" openapi/tools/node_modules/.package-lock.json 2>/dev/null; then
    # npm ci leaves a copy of the lockfile, so the comparison above spots a changed one.
    (cd openapi/tools && npm ci --no-audit --no-fund --loglevel=error)
  fi
  if ! cmp -s openapi/tools/requirements.txt "$CLIENT_TOOLS/venv/requirements.txt" 2>/dev/null; then
    python3 -m venv "$CLIENT_TOOLS/venv"
    "$CLIENT_TOOLS/venv/bin/pip" install --quiet --disable-pip-version-check \
      -r openapi/tools/requirements.txt
    cp openapi/tools/requirements.txt "$CLIENT_TOOLS/venv/requirements.txt"
  fi
  PROGENITOR=$CLIENT_TOOLS/cargo-progenitor-$PROGENITOR_VERSION/bin/cargo-progenitor
  if [ ! -x "$PROGENITOR" ]; then
    # A release build: a debug build of the generator writes different code (its output
    # depends on debug assertions), which the drift check would flag. Release semantics
    # without the optimizer: the same output (nothing but debug assertions and overflow checks
    # changes what a program does), compiled in about half the time.
    CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=false \
      cargo install --quiet --locked cargo-progenitor --version "$PROGENITOR_VERSION" \
      --root "$CLIENT_TOOLS/cargo-progenitor-$PROGENITOR_VERSION" \
      --target-dir "$CLIENT_TOOLS/cargo-install"
  fi
}

# Regenerates openapi/clients/rust/src/generated.rs from the OpenAPI document $1.
generate_rust_client() {
  local work
  work=$(mktemp -d)
  "$ROOT/openapi/tools/node_modules/.bin/openapi-down-convert" --input "$1" --output "$work/3.0.json"
  python3 openapi/tools/progenitor_input.py "$work/3.0.json" "$work/progenitor.json"
  "$PROGENITOR" progenitor --input "$work/progenitor.json" --output "$work/crate" \
    --name gatehouse-api --version 0.1.0 --license-name Apache-2.0 >/dev/null
  cp "$work/crate/src/lib.rs" openapi/clients/rust/src/generated.rs
  rm -rf "$work"
}
