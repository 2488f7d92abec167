//! The TypeScript, Kotlin and Python error-code tables match the one declaration in
//! `sdk-core/src/error.rs`: fails when one was edited by hand or not regenerated with
//! `cargo run -p gatehouse-core --example gen_error_codes`.

#[path = "../examples/gen_error_codes.rs"]
mod gen_error_codes;

#[test]
fn generated_tables_match_the_declaration() {
    let drifted = gen_error_codes::drifted();
    assert!(
        drifted.is_empty(),
        "error-code tables drifted from sdk-core/src/error.rs: {}; run `cargo run -p \
         gatehouse-core --example gen_error_codes`",
        drifted.join(", ")
    );
}
