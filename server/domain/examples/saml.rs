//! A command-line driver for the SAML module (server/domain/src/saml/), for trying it against
//! a running identity provider and for measuring verification:
//!
//! ```sh
//! # an AuthnRequest redirect URL for the IdP whose metadata is in FILE
//! cargo run -p gatehouse-domain --example saml -- request IDP_METADATA_FILE SP_ENTITY ACS_URL RELAY
//! # verify a base64 SAMLResponse (file) against that IdP, answering the request with ID
//! cargo run -p gatehouse-domain --example saml -- verify IDP_METADATA_FILE SP_ENTITY ACS_URL ID RESPONSE_FILE
//! # verify_response throughput on the committed fixtures (build with --release)
//! cargo run -p gatehouse-domain --release --example saml -- bench [SECONDS]
//! ```
#![allow(clippy::expect_used)]

use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use gatehouse_domain::saml::{self, IdentityProvider, ServiceProvider};

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn idp_from(path: &str) -> IdentityProvider {
    let xml = std::fs::read_to_string(path).expect("IdP metadata file");
    IdentityProvider::from_metadata(saml::parse_idp_metadata(&xml).expect("IdP metadata"))
}

fn bench(seconds: u64) {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../testdata/saml/");
    let cert = std::fs::read_to_string(format!("{root}keys/idp.crt.pem")).expect("cert");
    let sp = ServiceProvider {
        entity_id: "https://sp.gatehouse.test/saml/metadata".into(),
        acs_url: "https://sp.gatehouse.test/saml/acs".into(),
    };
    let idp = IdentityProvider::new(
        "https://idp.example.test/saml".into(),
        "https://idp.example.test/saml/sso".into(),
        vec![cert],
    );
    for file in [
        "attacks/valid-assertion-signed.xml",
        "attacks/valid-response-signed.xml",
        "attacks/valid-both-signed.xml",
        "peers/pysaml2-assertion-signed.xml",
        "attacks/xsw3.xml",
    ] {
        let xml = std::fs::read_to_string(format!("{root}{file}")).expect("fixture");
        let field = STANDARD.encode(xml.as_bytes());
        let request = Some("_req0123456789abcdef0123456789abcdef01");
        let outcome = saml::verify_response(&sp, &idp, &field, request, 1_767_225_630)
            .map_or_else(|e| e.code().to_owned(), |_| "ok".to_owned());
        let deadline = Instant::now() + Duration::from_secs(seconds);
        let start = Instant::now();
        let mut n = 0u64;
        while Instant::now() < deadline {
            let _ = saml::verify_response(&sp, &idp, &field, request, 1_767_225_630);
            n += 1;
        }
        let elapsed = start.elapsed().as_secs_f64();
        println!(
            "{file:40} {:>6} bytes  {outcome:26} {:>8.0} verifications/s  {:>7.1} us each",
            xml.len(),
            n as f64 / elapsed,
            elapsed * 1e6 / n as f64
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("request") if args.len() == 5 => {
            let sp = ServiceProvider {
                entity_id: args[2].clone(),
                acs_url: args[3].clone(),
            };
            let r =
                saml::authn_request(&sp, &idp_from(&args[1]), &args[4], now()).expect("request");
            println!("{}\n{}", r.id, r.redirect_url);
        }
        Some("verify") if args.len() == 6 => {
            let sp = ServiceProvider {
                entity_id: args[2].clone(),
                acs_url: args[3].clone(),
            };
            let field = std::fs::read_to_string(&args[5]).expect("response file");
            match saml::verify_response(
                &sp,
                &idp_from(&args[1]),
                field.trim(),
                Some(&args[4]),
                now(),
            ) {
                Ok(a) => println!("{a:#?}"),
                Err(e) => {
                    eprintln!("{}: {e}", e.code());
                    std::process::exit(1);
                }
            }
        }
        Some("bench") => bench(args.get(1).and_then(|s| s.parse().ok()).unwrap_or(3)),
        _ => {
            eprintln!("usage: see the comment at the top of server/domain/examples/saml.rs");
            std::process::exit(2);
        }
    }
}
