/**
 * @gatehouse/wasm: verify Gatehouse access tokens in the browser (and in edge runtimes) with
 * the same Rust core every Gatehouse SDK uses, compiled to WebAssembly.
 *
 * core.js: offline verification, `AuthError`, JWKS and publishable-key parsing.
 * remote.js: the signing keys fetched with `fetch` and cached in memory, and `Gatehouse`.
 */
export * from './core.js'
export * from './remote.js'
