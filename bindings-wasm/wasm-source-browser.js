// Where the browser (and bundlers such as Vite) get the module from: the URL next to the glue,
// written as `new URL(..., import.meta.url)` so bundlers see and copy the file.
export function wasmSource() {
  return new URL('./pkg/gatehouse_wasm_bg.wasm', import.meta.url)
}
