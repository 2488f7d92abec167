// Types of @gatehouse/wasm (index.js). The same names and shapes as @gatehouse/node where the
// two packages overlap, so code moves between a server and the browser unchanged.

import type { AuthErrorCode } from './error-codes.js'

/** The stable error codes (generated from sdk-core/src/error.rs into error-codes.d.ts). */
export type { AuthErrorCode }

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

/** The request's method and the headers that decide which credential it carries. */
export interface CredentialRequest {
  method: string
  authorization?: string | null
  cookie?: string | null
  origin?: string | null
  accessControlRequestMethod?: string | null
}

/**
 * Which credential a request carries: the bearer value first, then the access-token cookie for
 * safe methods only; null for a CORS preflight. Throws `AuthError` (`missing_token`).
 */
export declare function requestCredential(
  request: CredentialRequest,
): { kind: 'access_token' | 'api_key'; credential: string } | null

/** The staff member acting as the user (the `act` claim, RFC 8693). */
export interface Impersonator {
  sub: string
  email: string | null
}

/** An authenticated caller, as `authenticateWithAnswer` reports it. */
export interface Principal {
  kind: 'access_token' | 'api_key'
  organization_id: string
  user_id: string | null
  api_key_id: string | null
  roles: string[]
  actions: string[]
  impersonator: Impersonator | null
}

export interface AuthenticateWithAnswerOptions extends VerifyOptions {
  /** The server's answer about an API key, or null when it did not answer. */
  serverAnswer: { status: number; body: string } | null
  /** Whether a secret key is configured (default true). */
  acceptsApiKeys?: boolean
}

/** Authenticates a credential without I/O, exactly as the native clients do. */
export declare function authenticateWithAnswer(
  credential: string,
  options: AuthenticateWithAnswerOptions,
): { principal: Principal | null; error: AuthError | null; askedServer: boolean }

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
