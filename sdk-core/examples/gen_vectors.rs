//! Writes `testdata/vectors.json` from the generator in `tests/support/vectors.rs`:
//! `cargo run -p gatehouse-core --example gen_vectors`.

#![allow(clippy::expect_used, missing_docs)]

#[allow(dead_code)]
#[path = "../tests/support/mod.rs"]
mod support;

fn main() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(support::vectors::VECTORS_PATH);
    std::fs::write(&path, support::vectors::generate()).expect("write the vectors");
    println!("wrote {}", path.display());
}
