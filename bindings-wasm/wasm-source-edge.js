// Edge runtimes (Next.js middleware, the `edge-light` condition) may not compile WebAssembly from
// bytes at run time; they hand the bundled module over already compiled. `?module` is how
// Next.js (webpack and Turbopack) imports a `.wasm` file as a `WebAssembly.Module`.
import compiled from './pkg/gatehouse_wasm_bg.wasm?module'

export function wasmSource() {
  return compiled
}
