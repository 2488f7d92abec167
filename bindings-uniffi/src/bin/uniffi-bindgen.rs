//! `uniffi-bindgen`, built from the workspace so that it is exactly the uniffi version the
//! library was compiled with: it generates the Kotlin (and Swift) sources from the built cdylib,
//! e.g. `uniffi-bindgen generate --library target/debug/libgatehouse_uniffi.so --language kotlin
//! --out-dir out/`.

fn main() {
    uniffi::uniffi_bindgen_main()
}
