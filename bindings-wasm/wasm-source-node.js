// Node (tests, server-side rendering) cannot `fetch` a file: URL, so it reads the bytes.
import { readFile } from 'node:fs/promises'

export function wasmSource() {
  return readFile(new URL('./pkg/gatehouse_wasm_bg.wasm', import.meta.url))
}
