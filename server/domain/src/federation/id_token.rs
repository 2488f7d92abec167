//! ID token verification (OpenID Connect Core 1.0, section 3.1.3.7). `jsonwebtoken` checks
//! the signature; the algorithm choice and every claim are checked here, against the caller's
//! clock, because the rules are the relying party's: the algorithm must be asymmetric and one
//! the provider advertises (`none` and `HS*` are refused whatever it advertises, since the
//! client secret is no signing key), `iss` exact, `aud` naming the client (`azp` too when
//! there are several audiences), `exp`/`nbf`/`iat` with [`CLOCK_SKEW_SECONDS`], `nonce` equal.
//! Header keys that point elsewhere for a key (`jku`, `x5u`, `jwk`) are never followed: only
//! the provider's `jwks_uri` is.

use std::str::FromStr;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, Validation};
use subtle::ConstantTimeEq;

use super::discovery::ProviderMetadata;
use super::error::FederationError;
use super::fetch::Fetcher;
use super::jwks::JwksCache;

/// The clock difference tolerated between us and the provider.
pub const CLOCK_SKEW_SECONDS: i64 = 60;

/// The protected header fields this module reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdTokenHeader {
    /// The algorithm, one the provider advertises and asymmetric.
    pub alg: Algorithm,
    /// The key id, when there is one.
    pub kid: Option<String>,
}

/// Reads the header and applies the algorithm rules, before any key is looked up.
pub fn check_header(token: &str, m: &ProviderMetadata) -> Result<IdTokenHeader, FederationError> {
    let malformed = |why: &str| FederationError::InvalidIdToken(why.to_owned());
    let mut parts = token.split('.');
    let (Some(header), Some(_), Some(_), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(malformed("not a compact JWS"));
    };
    let header = URL_SAFE_NO_PAD
        .decode(header)
        .map_err(|_| malformed("the header is not base64url"))?;
    let header: serde_json::Value =
        serde_json::from_slice(&header).map_err(|_| malformed("the header is not JSON"))?;
    let alg = header
        .get("alg")
        .and_then(serde_json::Value::as_str)
        .ok_or_else(|| malformed("the header has no alg"))?;
    if alg.eq_ignore_ascii_case("none") || alg.to_ascii_uppercase().starts_with("HS") {
        return Err(FederationError::AlgRefused(alg.to_owned()));
    }
    if !m
        .id_token_signing_alg_values_supported
        .iter()
        .any(|a| a == alg)
    {
        return Err(FederationError::AlgRefused(alg.to_owned()));
    }
    let parsed =
        Algorithm::from_str(alg).map_err(|_| FederationError::AlgRefused(alg.to_owned()))?;
    if header.get("crit").is_some() {
        return Err(malformed("critical header extensions are not supported"));
    }
    let kid = match header.get("kid") {
        None => None,
        Some(serde_json::Value::String(kid)) => Some(kid.clone()),
        Some(_) => return Err(malformed("kid is not a string")),
    };
    Ok(IdTokenHeader { alg: parsed, kid })
}

/// Verifies `token`'s signature with the provider's keys and checks its claims; returns them.
pub async fn verify(
    f: &Fetcher,
    jwks: &JwksCache,
    m: &ProviderMetadata,
    client_id: &str,
    token: &str,
    nonce: &str,
    now: i64,
) -> Result<serde_json::Value, FederationError> {
    let header = check_header(token, m)?;
    let keys = jwks
        .keys_for(f, &m.jwks_uri, header.kid.as_deref(), header.alg, now)
        .await?;
    let mut validation = Validation::new(header.alg);
    // The claims are checked below, against the caller's clock.
    validation.validate_exp = false;
    validation.validate_nbf = false;
    validation.validate_aud = false;
    validation.required_spec_claims.clear();
    let mut claims = None;
    for key in &keys {
        match jsonwebtoken::decode::<serde_json::Value>(token, key, &validation) {
            Ok(data) => {
                claims = Some(data.claims);
                break;
            }
            Err(err)
                if matches!(
                    err.kind(),
                    jsonwebtoken::errors::ErrorKind::InvalidSignature
                ) => {}
            Err(err) => return Err(FederationError::InvalidIdToken(format!("{err}"))),
        }
    }
    let claims = claims.ok_or(FederationError::InvalidSignature)?;
    check_claims(&claims, m, client_id, nonce, now)?;
    Ok(claims)
}

/// The claim rules, apart from the signature.
pub fn check_claims(
    claims: &serde_json::Value,
    m: &ProviderMetadata,
    client_id: &str,
    nonce: &str,
    now: i64,
) -> Result<(), FederationError> {
    let invalid = |why: &str| FederationError::InvalidIdToken(why.to_owned());
    if !claims.is_object() {
        return Err(invalid("the claims are not a JSON object"));
    }
    let issuer = claims
        .get("iss")
        .and_then(serde_json::Value::as_str)
        .ok_or_else(|| invalid("iss is missing"))?;
    if issuer != m.issuer {
        return Err(FederationError::IssuerMismatch {
            expected: m.issuer.clone(),
            found: issuer.to_owned(),
        });
    }
    let subject = claims
        .get("sub")
        .and_then(serde_json::Value::as_str)
        .ok_or_else(|| invalid("sub is missing"))?;
    if subject.is_empty() || subject.len() > 255 {
        return Err(invalid("sub must be 1 to 255 characters"));
    }
    let audiences: Vec<&str> = match claims.get("aud") {
        Some(serde_json::Value::String(aud)) => vec![aud.as_str()],
        Some(serde_json::Value::Array(list)) => list
            .iter()
            .map(|aud| {
                aud.as_str()
                    .ok_or_else(|| invalid("aud holds a non-string"))
            })
            .collect::<Result<_, _>>()?,
        _ => return Err(invalid("aud is missing")),
    };
    if !audiences.contains(&client_id) {
        return Err(FederationError::WrongAudience);
    }
    match claims.get("azp") {
        Some(serde_json::Value::String(azp)) if azp == client_id => {}
        Some(_) => return Err(FederationError::WrongAudience),
        None if audiences.len() > 1 => return Err(FederationError::WrongAudience),
        None => {}
    }
    let time = |name: &str| -> Result<Option<i64>, FederationError> {
        match claims.get(name) {
            None => Ok(None),
            Some(value) => value
                .as_i64()
                .or_else(|| value.as_f64().filter(|v| v.is_finite()).map(|v| v as i64))
                .map(Some)
                .ok_or_else(|| invalid(&format!("{name} is not a number"))),
        }
    };
    let expires = time("exp")?.ok_or_else(|| invalid("exp is missing"))?;
    let issued = time("iat")?.ok_or_else(|| invalid("iat is missing"))?;
    if now > expires.saturating_add(CLOCK_SKEW_SECONDS) {
        return Err(FederationError::Expired);
    }
    if let Some(not_before) = time("nbf")?
        && not_before > now.saturating_add(CLOCK_SKEW_SECONDS)
    {
        return Err(FederationError::Expired);
    }
    if issued > now.saturating_add(CLOCK_SKEW_SECONDS) {
        return Err(invalid("iat is in the future"));
    }
    let token_nonce = claims
        .get("nonce")
        .and_then(serde_json::Value::as_str)
        .ok_or(FederationError::NonceMismatch)?;
    if !bool::from(token_nonce.as_bytes().ct_eq(nonce.as_bytes())) {
        return Err(FederationError::NonceMismatch);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]

    use super::*;
    use serde_json::json;

    fn metadata() -> ProviderMetadata {
        ProviderMetadata {
            issuer: "https://idp.example".to_owned(),
            authorization_endpoint: "https://idp.example/auth".to_owned(),
            token_endpoint: "https://idp.example/token".to_owned(),
            jwks_uri: "https://idp.example/jwks".to_owned(),
            userinfo_endpoint: None,
            id_token_signing_alg_values_supported: vec![
                "RS256".to_owned(),
                "ES256".to_owned(),
                "HS256".to_owned(),
                "none".to_owned(),
            ],
            token_endpoint_auth_methods_supported: vec![],
            code_challenge_methods_supported: vec![],
        }
    }

    fn token_with_header(header: serde_json::Value) -> String {
        format!("{}.e30.c2ln", URL_SAFE_NO_PAD.encode(header.to_string()))
    }

    fn header_code(header: serde_json::Value) -> &'static str {
        match check_header(&token_with_header(header), &metadata()) {
            Ok(_) => "accepted",
            Err(err) => err.code(),
        }
    }

    #[test]
    fn none_symmetric_and_unadvertised_algorithms_are_refused() {
        // Refused even though the provider advertises them.
        assert_eq!(header_code(json!({"alg": "none"})), "oidc_alg_refused");
        assert_eq!(header_code(json!({"alg": "NONE"})), "oidc_alg_refused");
        assert_eq!(header_code(json!({"alg": "HS256"})), "oidc_alg_refused");
        assert_eq!(header_code(json!({"alg": "hs512"})), "oidc_alg_refused");
        // Not advertised.
        assert_eq!(header_code(json!({"alg": "PS256"})), "oidc_alg_refused");
        assert_eq!(header_code(json!({"alg": "RS256", "kid": "k"})), "accepted");
        assert_eq!(header_code(json!({"alg": "ES256"})), "accepted");
        assert_eq!(
            header_code(json!({"alg": "RS256", "crit": ["b64"]})),
            "oidc_invalid_id_token"
        );
        assert_eq!(
            header_code(json!({"alg": "RS256", "kid": 7})),
            "oidc_invalid_id_token"
        );
        assert_eq!(header_code(json!({"kid": "k"})), "oidc_invalid_id_token");
        assert!(check_header("a.b", &metadata()).is_err());
        assert!(check_header("a.b.c.d", &metadata()).is_err());
    }

    fn claims() -> serde_json::Value {
        json!({"iss": "https://idp.example", "sub": "u1", "aud": "client", "exp": 2000, "iat": 1000, "nonce": "n"})
    }

    fn claim_code(claims: &serde_json::Value, now: i64) -> &'static str {
        match check_claims(claims, &metadata(), "client", "n", now) {
            Ok(()) => "accepted",
            Err(err) => err.code(),
        }
    }

    #[test]
    fn claims_are_checked_against_the_callers_clock() {
        let base = claims();
        assert_eq!(claim_code(&base, 1500), "accepted");
        assert_eq!(claim_code(&base, 2000 + CLOCK_SKEW_SECONDS), "accepted");
        assert_eq!(claim_code(&base, 2001 + CLOCK_SKEW_SECONDS), "oidc_expired");
        assert_eq!(
            claim_code(&base, 1000 - CLOCK_SKEW_SECONDS - 1),
            "oidc_invalid_id_token"
        );
        let mut nbf = base.clone();
        nbf["nbf"] = json!(1800);
        assert_eq!(claim_code(&nbf, 1500), "oidc_expired");
        let mut c = base.clone();
        c["iss"] = json!("https://idp.example/");
        assert_eq!(claim_code(&c, 1500), "oidc_issuer_mismatch");
        let mut c = base.clone();
        c["aud"] = json!("other");
        assert_eq!(claim_code(&c, 1500), "oidc_wrong_audience");
        c["aud"] = json!(["other", "client"]);
        assert_eq!(claim_code(&c, 1500), "oidc_wrong_audience");
        c["azp"] = json!("other");
        assert_eq!(claim_code(&c, 1500), "oidc_wrong_audience");
        c["azp"] = json!("client");
        assert_eq!(claim_code(&c, 1500), "accepted");
        let mut c = base.clone();
        c["nonce"] = json!("m");
        assert_eq!(claim_code(&c, 1500), "oidc_nonce_mismatch");
        c.as_object_mut().expect("object").remove("nonce");
        assert_eq!(claim_code(&c, 1500), "oidc_nonce_mismatch");
        for field in ["sub", "exp", "iat", "iss", "aud"] {
            let mut c = base.clone();
            c.as_object_mut().expect("object").remove(field);
            assert_ne!(claim_code(&c, 1500), "accepted", "{field}");
        }
        let mut c = base.clone();
        c["exp"] = json!("2000");
        assert_eq!(claim_code(&c, 1500), "oidc_invalid_id_token");
    }
}
