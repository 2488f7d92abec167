// Types of @gatehouse/wasm (index.js). The same names and shapes as @gatehouse/node where the
// two packages overlap, so code moves between a server and the browser unchanged.

/** The stable error codes, identical in every Gatehouse SDK and HTTP body. */
export type AuthErrorCode =
  | 'missing_token'
  | 'malformed_token'
  | 'unsupported_algorithm'
  | 'unknown_key'
  | 'invalid_signature'
  | 'token_expired'
  | 'token_not_yet_valid'
  | 'wrong_issuer'
  | 'wrong_audience'
  | 'wrong_token_type'
  | 'missing_claim'
  | 'invalid_claim'
  | 'jwks_unavailable'
  | 'invalid_api_key'
  | 'forbidden'

export declare const AUTH_ERROR_CODES: readonly AuthErrorCode[]

/** What the core returns for a refused token. */
export interface Refusal {
  code: string
  message: string
  status: number
  wwwAuthenticate?: string | null
  body: string
}

/** Why a token was refused, with the HTTP answer every Gatehouse SDK gives for it. */
export declare class AuthError extends Error {
  constructor(refusal: Refusal)
  readonly name: 'AuthError'
  readonly code: AuthErrorCode
  /** 401, 403 (`forbidden`) or 503 (`jwks_unavailable`). */
  readonly status: number
  /** The `WWW-Authenticate` value (RFC 6750); null for 503. */
  readonly wwwAuthenticate: string | null
  /** The JSON body: `{"error": ..., "code": ..., "message": ...}`. */
  readonly body: string
  /** `Content-Type` and, except for 503, `WWW-Authenticate`. */
  readonly headers: Record<string, string>
}

/** The `AuthError` (`jwks_unavailable`, 503) for signing keys that could not be fetched. */
export declare function jwksUnavailable(reason: string): AuthError

/** A JSON Web Key Set document (RFC 7517). */
export interface JwksDocument {
  keys: Array<Record<string, unknown>>
}

/** A parsed JSON Web Key Set: parse once, verify many tokens with it. */
export declare class Jwks {
  /** Throws `AuthError` (`jwks_unavailable`) when the document is not a JWKS. */
  constructor(document: JwksDocument | string | Uint8Array)
  /** The `kid`s of the usable keys, in document order. */
  readonly keyIds: string[]
}

/** The claims of a Gatehouse access token (RFC 9068 profile), exactly as the token carried them. */
export interface AccessTokenClaims {
  iss: string
  sub: string
  aud: string | string[]
  exp: number
  iat: number
  nbf?: number
  jti?: string
  sid?: string
  client_id?: string
  org: { id: string; slug?: string; name?: string }
  user?: { id?: string; email?: string; email_verified?: boolean; name?: string }
  roles?: string[]
  actions?: string[]
  amr?: string[]
  act?: { sub: string; email?: string }
  [claim: string]: unknown
}

export interface VerifyOptions {
  /** The key set: a `Jwks` (fastest), a JWKS object, or its JSON text or bytes. */
  jwks: Jwks | JwksDocument | string | Uint8Array
  /** The exact expected `iss`. */
  issuer: string
  /** The audience `aud` must contain (the project id). */
  audience: string
  /** The current time, as whole Unix seconds or a Date; the system clock when absent. */
  now?: number | Date | null
  /** Seconds of clock skew tolerated on `exp` and `nbf` (default 30). */
  leeway?: number | null
}

/**
 * Verifies an access token offline, with no network: the same checks and error codes as every
 * Gatehouse SDK. Throws `AuthError`.
 */
export declare function verifyAccessToken(token: string, options: VerifyOptions): AccessTokenClaims

/** A parsed publishable key. */
export interface PublishableKey {
  /** The key as given. */
  readonly publishableKey: string
  /** The issuer URL: the expected `iss`, and where discovery and the JWKS live. */
  readonly issuer: string
  /** The project id (`proj_...`): the default audience and the OAuth `client_id`'s project. */
  readonly projectId: string
  /** Whether this is a `pk_live_` key. */
  readonly isLive: boolean
  /** `{issuer}/.well-known/jwks.json`. */
  readonly jwksUrl: string
}

/** Parses a publishable key; throws an `Error` naming the problem. */
export declare function parsePublishableKey(publishableKey: string): PublishableKey

/** How the key cache behaves; every value in seconds. Defaults are those of every Gatehouse SDK. */
export interface CacheOptions {
  /** Key lifetime when the response has no `max-age` (3600). */
  defaultTtl?: number
  /** Lower bound on the lifetime (60). */
  minTtl?: number
  /** Upper bound on the lifetime (86400). */
  maxTtl?: number
  /** Minimum time between refetches caused by tokens with an unknown `kid` (30). */
  unknownKeyRefetchInterval?: number
  /** After a failed fetch, how long to keep using the keys held before trying again (10). */
  retryAfterFailure?: number
  /** Time allowed for the request, body included (10). */
  requestTimeout?: number
}

export interface RemoteJwksOptions extends CacheOptions {
  /** The `fetch` to use (default: the global one). */
  fetch?: typeof fetch
  /** The cache's clock, in milliseconds (default `Date.now`). */
  clock?: () => number
}

/** A JWKS URL's keys, fetched on demand with `fetch` and cached in memory. */
export declare class RemoteJwks {
  constructor(url: string | URL, options?: RemoteJwksOptions)
  readonly url: string
  /** The keys to verify with; rejects with `AuthError` (`jwks_unavailable`). */
  getKeys(): Promise<Jwks>
  /** Verifies with the cached keys (one rate-limited refetch on an unknown `kid`). */
  verify(token: string, options: Omit<VerifyOptions, 'jwks'>): Promise<AccessTokenClaims>
}

export interface GatehouseOptions extends RemoteJwksOptions {
  /** `pk_test_...` or `pk_live_...`: names the issuer, the project and the JWKS URL. */
  publishableKey: string
  /** The audience to require instead of the project id. */
  audience?: string | null
  /** Seconds of clock skew tolerated on `exp` and `nbf` (default 30). */
  leeway?: number | null
}

/** Verifies access tokens for one project with its cached keys. Create one per page and share it. */
export declare class Gatehouse {
  constructor(options: GatehouseOptions)
  readonly publishableKey: string
  readonly issuer: string
  readonly projectId: string
  readonly audience: string
  readonly jwksUrl: string
  /** Verifies an access token; rejects with `AuthError`. */
  verify(token: string, options?: { now?: number | Date | null }): Promise<AccessTokenClaims>
}
