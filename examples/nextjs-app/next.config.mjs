// @gatehouse/wasm stays outside the server bundle in the Node.js runtime: it reads its
// WebAssembly file next to its own sources. The Edge middleware bundles it, with the module
// compiled at build time (bindings-wasm/wasm-source-edge.js).
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['@gatehouse/wasm'],
  poweredByHeader: false,
}

export default nextConfig
