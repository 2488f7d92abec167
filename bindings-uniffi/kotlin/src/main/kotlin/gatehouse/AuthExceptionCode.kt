// The stable error code of an AuthException, as a string: the same value Python's and Node's
// AuthError.code carry and Gatehouse HTTP bodies use.
//
// uniffi's flat errors carry only the variant and the core's message across the boundary, so the
// variant -> code table is written here. The `when` is exhaustive over the sealed class (a new
// variant stops compilation), and the tests check the table against authErrorCodes(), which is
// the core's own list, and against every case of testdata/vectors.json.
package gatehouse

/** The stable error code (`token_expired`, `invalid_signature`, ...), identical in every SDK. */
val AuthException.code: String
    get() = when (this) {
        is AuthException.MissingToken -> "missing_token"
        is AuthException.MalformedToken -> "malformed_token"
        is AuthException.UnsupportedAlgorithm -> "unsupported_algorithm"
        is AuthException.UnknownKey -> "unknown_key"
        is AuthException.InvalidSignature -> "invalid_signature"
        is AuthException.TokenExpired -> "token_expired"
        is AuthException.TokenNotYetValid -> "token_not_yet_valid"
        is AuthException.WrongIssuer -> "wrong_issuer"
        is AuthException.WrongAudience -> "wrong_audience"
        is AuthException.WrongTokenType -> "wrong_token_type"
        is AuthException.MissingClaim -> "missing_claim"
        is AuthException.InvalidClaim -> "invalid_claim"
        is AuthException.JwksUnavailable -> "jwks_unavailable"
        is AuthException.InvalidApiKey -> "invalid_api_key"
        is AuthException.Forbidden -> "forbidden"
    }
