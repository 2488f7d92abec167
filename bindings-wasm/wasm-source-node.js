// Node (tests, server-side rendering) cannot `fetch` a file: URL, so it reads the bytes. The path
// is built from the module's own path rather than with `new URL(..., import.meta.url)`, which
// bundlers and Vite-based test runners rewrite into an http:// asset URL.
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export function wasmSource() {
  return readFile(join(dirname(fileURLToPath(import.meta.url)), 'pkg', 'gatehouse_wasm_bg.wasm'))
}
