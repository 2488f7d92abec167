//! Writes the shared vectors: `testdata/vectors.json` from the generator in
//! `tests/support/vectors.rs`, `testdata/authenticate.json` and `testdata/requests.json` from
//! `tests/support/contract.rs`: `cargo run -p gatehouse-core --example gen_vectors`.

#![allow(clippy::expect_used, missing_docs)]

#[allow(dead_code)]
#[path = "../tests/support/mod.rs"]
mod support;

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for (path, text) in [
        (support::vectors::VECTORS_PATH, support::vectors::generate()),
        (
            support::contract::AUTHENTICATE_PATH,
            support::contract::generate_authenticate(),
        ),
        (
            support::contract::REQUESTS_PATH,
            support::contract::generate_requests(),
        ),
    ] {
        let path = root.join(path);
        std::fs::write(&path, text).expect("write the vectors");
        println!("wrote {}", path.display());
    }
}
