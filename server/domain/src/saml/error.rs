//! The one refusal type of the SAML module, with the stable `saml_*` codes that the HTTP layer
//! shows and the audit log records.

/// Why a SAML message, certificate or metadata document was refused.
///
/// The message is for logs and administrators; callers branch on [`SamlError::code`].
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum SamlError {
    /// Not base64, not UTF-8, not well-formed XML, or not the SAML element expected.
    #[error("malformed SAML message: {0}")]
    Malformed(String),
    /// The encoded or inflated message is larger than the module accepts.
    #[error("SAML message larger than {limit} bytes")]
    TooLarge {
        /// The limit that was exceeded, in bytes.
        limit: usize,
    },
    /// A document type declaration (or another `<!` declaration) was present.
    #[error("SAML message carries a document type declaration")]
    Doctype,
    /// Neither the response nor its assertion carries a signature.
    #[error("SAML response is not signed")]
    Unsigned,
    /// A signature did not verify with the pinned certificates, or is not placed and referenced
    /// the way the SAML profile requires.
    #[error("SAML signature invalid: {0}")]
    InvalidSignature(String),
    /// The signature names a certificate that is not pinned for this identity provider, or no
    /// certificate is pinned at all.
    #[error("SAML message signed by a certificate that is not pinned for this connection")]
    UntrustedCertificate,
    /// More than one assertion (or an encrypted one next to another) in the document.
    #[error("SAML response must contain exactly one assertion")]
    MultipleAssertions,
    /// A SHA-1 signature or digest while the connection does not allow SHA-1.
    #[error("SAML signature uses SHA-1, which this connection does not allow")]
    Sha1Refused,
    /// The issuer is not the configured identity provider.
    #[error("SAML issuer is not the configured identity provider")]
    WrongIssuer,
    /// The response's Destination is not our assertion consumer service URL.
    #[error("SAML response Destination is not this service provider's ACS URL")]
    WrongDestination,
    /// The bearer confirmation's Recipient is not our assertion consumer service URL.
    #[error("SAML subject confirmation Recipient is not this service provider's ACS URL")]
    WrongRecipient,
    /// No AudienceRestriction, or one that does not name this service provider.
    #[error("SAML assertion is not addressed to this service provider")]
    WrongAudience,
    /// InResponseTo does not match the request this sign-in started with.
    #[error("SAML InResponseTo does not match the pending request")]
    InResponseTo,
    /// An IdP-initiated (unsolicited) response on a connection that does not allow them.
    #[error("IdP-initiated SAML sign-in is not allowed for this connection")]
    Unsolicited,
    /// A NotBefore in the future (beyond the allowed clock skew).
    #[error("SAML assertion is not yet valid")]
    NotYetValid,
    /// A NotOnOrAfter in the past (beyond the allowed clock skew).
    #[error("SAML assertion has expired")]
    Expired,
    /// No Subject, NameID or bearer subject confirmation.
    #[error("SAML assertion has no usable subject: {0}")]
    NoSubject(String),
    /// The identity provider answered with a non-success status.
    #[error("SAML identity provider answered with status {0}")]
    Status(String),
    /// The identity provider metadata could not be used.
    #[error("invalid SAML metadata: {0}")]
    InvalidMetadata(String),
    /// A certificate that is not a parseable X.509 certificate.
    #[error("invalid certificate: {0}")]
    InvalidCertificate(String),
    /// The service provider or identity provider configuration itself is unusable.
    #[error("invalid SAML configuration: {0}")]
    InvalidConfiguration(String),
}

impl SamlError {
    /// The stable machine-readable code, always prefixed `saml_`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Malformed(_) => "saml_malformed",
            Self::TooLarge { .. } => "saml_too_large",
            Self::Doctype => "saml_doctype",
            Self::Unsigned => "saml_unsigned",
            Self::InvalidSignature(_) => "saml_invalid_signature",
            Self::UntrustedCertificate => "saml_untrusted_certificate",
            Self::MultipleAssertions => "saml_multiple_assertions",
            Self::Sha1Refused => "saml_sha1_refused",
            Self::WrongIssuer => "saml_wrong_issuer",
            Self::WrongDestination => "saml_wrong_destination",
            Self::WrongRecipient => "saml_wrong_recipient",
            Self::WrongAudience => "saml_wrong_audience",
            Self::InResponseTo => "saml_in_response_to",
            Self::Unsolicited => "saml_unsolicited",
            Self::NotYetValid => "saml_not_yet_valid",
            Self::Expired => "saml_expired",
            Self::NoSubject(_) => "saml_no_subject",
            Self::Status(_) => "saml_status",
            Self::InvalidMetadata(_) => "saml_invalid_metadata",
            Self::InvalidCertificate(_) => "saml_invalid_certificate",
            Self::InvalidConfiguration(_) => "saml_invalid_configuration",
        }
    }

    /// Every code this module can return, for error tables generated in other layers.
    pub const CODES: &'static [&'static str] = &[
        "saml_malformed",
        "saml_too_large",
        "saml_doctype",
        "saml_unsigned",
        "saml_invalid_signature",
        "saml_untrusted_certificate",
        "saml_multiple_assertions",
        "saml_sha1_refused",
        "saml_wrong_issuer",
        "saml_wrong_destination",
        "saml_wrong_recipient",
        "saml_wrong_audience",
        "saml_in_response_to",
        "saml_unsolicited",
        "saml_not_yet_valid",
        "saml_expired",
        "saml_no_subject",
        "saml_status",
        "saml_invalid_metadata",
        "saml_invalid_certificate",
        "saml_invalid_configuration",
    ];
}
