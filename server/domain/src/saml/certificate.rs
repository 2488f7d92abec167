//! Pinned identity-provider certificates: accepted as PEM or bare base64 DER (how admin
//! consoles and metadata show them), stored and compared as normalised PEM.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use super::SamlError;

/// Largest certificate accepted, in bytes of DER.
const MAX_CERTIFICATE_BYTES: usize = 16 * 1024;

/// Checks that `pem_or_b64` is one X.509 certificate and returns it as normalised PEM
/// (`-----BEGIN CERTIFICATE-----`, 64-column base64).
pub fn validate_certificate(pem_or_b64: &str) -> Result<String, SamlError> {
    let der = certificate_der(pem_or_b64)?;
    Ok(der_to_pem(&der))
}

/// The DER bytes of one certificate given as PEM or base64 DER, parsed to make sure it is one.
pub fn certificate_der(pem_or_b64: &str) -> Result<Vec<u8>, SamlError> {
    let input = pem_or_b64.trim();
    if input.len() > MAX_CERTIFICATE_BYTES * 2 {
        return Err(SamlError::InvalidCertificate(
            "certificate too large".into(),
        ));
    }
    let body = if input.starts_with("-----BEGIN") {
        let begin = "-----BEGIN CERTIFICATE-----";
        let end = "-----END CERTIFICATE-----";
        if input.matches(begin).count() != 1 {
            return Err(SamlError::InvalidCertificate(
                "expected exactly one PEM CERTIFICATE block".into(),
            ));
        }
        let start = input.find(begin).map(|i| i + begin.len()).unwrap_or(0);
        let stop = input
            .find(end)
            .ok_or_else(|| SamlError::InvalidCertificate("PEM block is not closed".into()))?;
        if stop < start || !input[stop + end.len()..].trim().is_empty() {
            return Err(SamlError::InvalidCertificate(
                "text after the PEM block".into(),
            ));
        }
        &input[start..stop]
    } else {
        input
    };
    let compact: String = body.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    let der = STANDARD
        .decode(compact.as_bytes())
        .map_err(|_| SamlError::InvalidCertificate("not base64".into()))?;
    if der.is_empty() || der.len() > MAX_CERTIFICATE_BYTES {
        return Err(SamlError::InvalidCertificate("empty or too large".into()));
    }
    let parsed = openssl::x509::X509::from_der(&der)
        .map_err(|_| SamlError::InvalidCertificate("not an X.509 certificate".into()))?;
    parsed
        .public_key()
        .map_err(|_| SamlError::InvalidCertificate("no usable public key".into()))?;
    Ok(der)
}

fn der_to_pem(der: &[u8]) -> String {
    let b64 = STANDARD.encode(der);
    let mut pem = String::from("-----BEGIN CERTIFICATE-----\n");
    for line in b64.as_bytes().chunks(64) {
        pem.push_str(&String::from_utf8_lossy(line));
        pem.push('\n');
    }
    pem.push_str("-----END CERTIFICATE-----\n");
    pem
}
