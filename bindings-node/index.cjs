'use strict'
/**
 * @gatehouse/node: verify Gatehouse access tokens and API keys in Node.js.
 *
 * This file only adapts the native module (native.cjs, built from src/lib.rs) to JavaScript
 * idioms: refusals become `AuthError` exceptions, claims JSON becomes objects. Every decision
 * is made by gatehouse-core, the Rust code every Gatehouse SDK shares.
 *
 * Its JSDoc is the source of the published types: `npm run types` emits index.d.cts from it.
 */

const native = require('./native.cjs')

/** @typedef {import('./error-codes.js').AuthErrorCode} AuthErrorCode */

/**
 * The stable error codes, identical in every Gatehouse SDK and HTTP body.
 * @type {readonly AuthErrorCode[]}
 */
const AUTH_ERROR_CODES = Object.freeze(/** @type {AuthErrorCode[]} */ (native.authErrorCodes()))
/**
 * Organization API keys start with this (`gh_key_`).
 * @type {string}
 */
const API_KEY_PREFIX = native.apiKeyPrefix()
/**
 * The cookie an access token may be sent in (`gatehouse_access_token`), after
 * `Authorization: Bearer`.
 * @type {string}
 */
const ACCESS_TOKEN_COOKIE = native.accessTokenCookie()

/**
 * What the core returns for a refused credential.
 * @typedef {object} Refusal
 * @property {string} code
 * @property {string} message
 * @property {number} status
 * @property {string | null} [wwwAuthenticate]
 * @property {string} body
 */

/** Why a credential was refused, with the HTTP answer every Gatehouse SDK gives for it. */
class AuthError extends Error {
  /** @param {Refusal} refusal */
  constructor(refusal) {
    super(refusal.message)
    /** @readonly @type {'AuthError'} */
    this.name = 'AuthError'
    /** @readonly @type {AuthErrorCode} */
    this.code = /** @type {AuthErrorCode} */ (refusal.code)
    /** 401, 403 (`forbidden`) or 503 (`jwks_unavailable`, `server_unavailable`). @readonly */
    this.status = refusal.status
    /** The `WWW-Authenticate` value (RFC 6750); null for 503. @readonly @type {string | null} */
    this.wwwAuthenticate = refusal.wwwAuthenticate ?? null
    /** The JSON body: `{"error": ..., "code": ..., "message": ...}`. @readonly */
    this.body = refusal.body
  }

  /**
   * The response headers: `Content-Type` and, except for 503, `WWW-Authenticate`.
   * @returns {Record<string, string>}
   */
  get headers() {
    /** @type {Record<string, string>} */
    const headers = { 'Content-Type': 'application/json' }
    if (this.wwwAuthenticate !== null) headers['WWW-Authenticate'] = this.wwwAuthenticate
    return headers
  }
}

/**
 * The `AuthError` (403 `forbidden`) for a caller that lacks `action`.
 * @param {string} action
 * @returns {AuthError}
 */
function forbidden(action) {
  if (typeof action !== 'string') throw new TypeError('action must be a string')
  return new AuthError(native.forbidden(action))
}

/** @type {(jwks: Jwks) => import('./native.cjs').NativeJwks} */
let nativeKeys

/**
 * A JSON Web Key Set document (RFC 7517).
 * @typedef {{ keys: Array<Record<string, unknown>> }} JwksDocument
 */

/** A parsed JSON Web Key Set: parse once, verify many tokens with it. */
class Jwks {
  /** @type {import('./native.cjs').NativeJwks} */
  #keys

  /**
   * `document` is a JWKS object, its JSON text, or a Buffer of that text. Throws `AuthError`
   * (`malformed_token`) when it is not a JWKS.
   * @param {Jwks | JwksDocument | string | Uint8Array} document
   */
  constructor(document) {
    this.#keys = parseKeys(document)
  }

  /**
   * The `kid`s of the usable keys, in document order.
   * @returns {string[]}
   */
  get keyIds() {
    return this.#keys.keyIds()
  }

  static {
    nativeKeys = (jwks) => jwks.#keys
  }
}

/**
 * @param {unknown} document
 * @returns {import('./native.cjs').NativeJwks}
 */
function parseKeys(document) {
  let parsed
  if (document instanceof Jwks) {
    return nativeKeys(document)
  } else if (typeof document === 'string') {
    parsed = native.parseJwks(document)
  } else if (document instanceof Uint8Array) {
    parsed = native.parseJwks(
      Buffer.isBuffer(document)
        ? document
        : Buffer.from(document.buffer, document.byteOffset, document.byteLength),
    )
  } else if (document !== null && typeof document === 'object') {
    parsed = native.parseJwks(JSON.stringify(document))
  } else {
    throw new TypeError('jwks must be a Jwks, a JWKS object, or its JSON as a string or Buffer')
  }
  if (parsed instanceof native.NativeJwks) return parsed
  throw new AuthError(parsed)
}

/**
 * @param {unknown} value
 * @param {string} name
 * @param {number} max
 * @returns {number | null}
 */
function optionalInteger(value, name, max) {
  if (value === undefined || value === null) return null
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new TypeError(`${name} must be an integer between 0 and ${max}`)
  }
  return value
}

/**
 * @param {unknown} value
 * @param {string} name
 * @returns {string}
 */
function requiredString(value, name) {
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string`)
  return value
}

/**
 * The claims every Gatehouse access token has or may have (RFC 9068 profile).
 * @typedef {object} StandardClaims
 * @property {string} iss
 * @property {string} sub
 * @property {string | string[]} aud
 * @property {number} exp
 * @property {number} iat
 * @property {number} [nbf]
 * @property {string} [jti]
 * @property {string} [sid]
 * @property {string} [client_id]
 * @property {{ id: string, slug?: string, name?: string }} org
 * @property {{ id?: string, email?: string, email_verified?: boolean, name?: string }} [user]
 * @property {string[]} [roles]
 * @property {string[]} [actions]
 * @property {string[]} [amr]
 * @property {{ sub: string, email?: string }} [act]
 */

/**
 * The claims of a Gatehouse access token, exactly as the token carried them.
 * @typedef {StandardClaims & { [claim: string]: unknown }} AccessTokenClaims
 */

/**
 * @typedef {object} VerifyOptions
 * @property {Jwks | JwksDocument | string | Uint8Array} jwks The key set: a `Jwks` (fastest), a
 *   JWKS object, or its JSON text or bytes.
 * @property {string} issuer The exact expected `iss`.
 * @property {string} audience The audience `aud` must contain (the project id).
 * @property {number | Date | null} [now] The current time, as whole Unix seconds or a Date; the
 *   system clock when absent.
 * @property {number | null} [leeway] Seconds of clock skew tolerated on `exp` and `nbf` (default 30).
 */

/**
 * Verifies an access token offline, with no network: the same checks and error codes as every
 * Gatehouse SDK. Returns the token's claims; throws `AuthError`.
 * @param {string} token
 * @param {VerifyOptions} options
 * @returns {AccessTokenClaims}
 */
function verifyAccessToken(token, options) {
  requiredString(token, 'token')
  if (options === null || typeof options !== 'object') {
    throw new TypeError('options { jwks, issuer, audience } are required')
  }
  const verdict = native.verifyAccessToken(
    token,
    parseKeys(options.jwks),
    requiredString(options.issuer, 'issuer'),
    requiredString(options.audience, 'audience'),
    unixSeconds(options.now),
    optionalInteger(options.leeway, 'leeway', 0xffffffff),
  )
  if (typeof verdict === 'string') return JSON.parse(verdict)
  throw new AuthError(verdict)
}

/**
 * @param {unknown} now
 * @returns {number | null}
 */
function unixSeconds(now) {
  if (now instanceof Date) return Math.floor(now.getTime() / 1000)
  if (now === undefined || now === null) return null
  if (typeof now !== 'number' || !Number.isSafeInteger(now)) throw new TypeError('now must be whole Unix seconds or a Date')
  return now
}

/**
 * The staff member acting as the user (the `act` claim, RFC 8693).
 * @typedef {object} Impersonator
 * @property {string} sub
 * @property {string | null} email
 */

/** An authenticated caller: an access token verified locally, or an API key the server accepted. */
class Authentication {
  /**
   * Built by `Gatehouse` and `authenticateWithAnswer` from the core's answer.
   * @param {import('./native.cjs').Accepted} accepted
   */
  constructor(accepted) {
    /** `"access_token"` or `"api_key"`. @readonly @type {'access_token' | 'api_key'} */
    this.kind = /** @type {'access_token' | 'api_key'} */ (accepted.kind)
    /** The credential exactly as the request carried it (the token or the API key). @readonly */
    this.credentials = accepted.credential
    /** The organization (tenant) the caller belongs to. @readonly */
    this.organizationId = accepted.organizationId
    /** The user (`sub`); null for API keys. @readonly @type {string | null} */
    this.userId = accepted.userId ?? null
    /** The API key's id (`key_...`); null for access tokens. @readonly @type {string | null} */
    this.apiKeyId = accepted.apiKeyId ?? null
    /** @readonly @type {readonly string[]} */
    this.roles = Object.freeze(accepted.roles)
    /** The permissions, expanded from the roles. @readonly @type {readonly string[]} */
    this.actions = Object.freeze(accepted.actions)
    /** The verified access-token claims; null for API keys. @readonly @type {AccessTokenClaims | null} */
    this.claims = accepted.claims === undefined || accepted.claims === null ? null : JSON.parse(accepted.claims)
    /**
     * The staff member acting as the user (the `act` claim, `{ sub, email }`); null otherwise.
     * @readonly @type {Readonly<Impersonator> | null}
     */
    this.impersonator =
      accepted.impersonator === undefined || accepted.impersonator === null
        ? null
        : Object.freeze({ sub: accepted.impersonator.sub, email: accepted.impersonator.email ?? null })
    /** Whether a staff member is acting as the user (the `act` claim). @readonly */
    this.isImpersonated = this.impersonator !== null
    Object.freeze(this)
  }

  /**
   * Whether the credential grants the permission (`actions` contains it).
   * @param {string} action
   * @returns {boolean}
   */
  hasPermission(action) {
    return this.actions.includes(action)
  }

  /**
   * Whether the credential holds the role.
   * @param {string} role
   * @returns {boolean}
   */
  hasRole(role) {
    return this.roles.includes(role)
  }
}

/**
 * @param {import('./native.cjs').Accepted | import('./native.cjs').Refusal} verdict
 * @returns {Authentication}
 */
function accepted(verdict) {
  if ('kind' in verdict && typeof verdict.kind === 'string') return new Authentication(verdict)
  throw new AuthError(/** @type {Refusal} */ (verdict))
}

/** Most parsed claims a `Gatehouse` keeps; past it, it starts over. */
const PARSED_CLAIMS_KEPT = 1024

/**
 * `value` with every object and array inside it frozen.
 * @template T
 * @param {T} value
 * @returns {T}
 */
function deepFreeze(value) {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

/**
 * @typedef {object} GatehouseOptions
 * @property {string} publishableKey `pk_test_...` or `pk_live_...`: names the issuer, the project
 *   and the JWKS URL.
 * @property {string | null} [secretKey] A project secret key (`sk_...`), needed only to accept
 *   organization API keys.
 * @property {string | null} [apiUrl] The server's backend API URL; defaults to the server that
 *   issued the publishable key.
 * @property {string | null} [audience] The audience to require instead of the project id.
 * @property {number | null} [leeway] Seconds of clock skew tolerated on `exp` and `nbf` (default 30).
 * @property {number | null} [apiKeyCacheTtl] Seconds the server's answers about API keys are
 *   reused (default 30).
 */

/** @typedef {string | string[] | null | undefined} HeaderValue */

/**
 * The request's method and the headers that decide which credential it carries.
 * @typedef {object} CredentialRequest
 * @property {string} method
 * @property {HeaderValue} [authorization]
 * @property {HeaderValue} [cookie]
 * @property {HeaderValue} [origin]
 * @property {HeaderValue} [accessControlRequestMethod]
 */

/**
 * A Node or Express request, as `authenticateRequest` reads it.
 * @typedef {object} NodeRequest
 * @property {string} [method]
 * @property {Record<string, string | string[] | undefined>} headers
 */

/**
 * What the server answered about an API key, for `authenticateWithAnswer`.
 * @typedef {object} ServerAnswer
 * @property {number} status
 * @property {string} body
 */

/**
 * @typedef {VerifyOptions & {
 *   serverAnswer: ServerAnswer | null,
 *   acceptsApiKeys?: boolean,
 * }} AuthenticateWithAnswerOptions
 *   `serverAnswer`: the server's answer, or null when it did not answer; `acceptsApiKeys`:
 *   whether a secret key is configured (default true).
 */

/**
 * Verifies requests for one project: access tokens against its JWKS (fetched and cached by the
 * core, off the event loop), organization API keys with the server when given a secret key.
 * Create one per process and share it.
 */
class Gatehouse {
  /** @type {import('./native.cjs').NativeClient} */
  #native
  /**
   * Claims parsed from the payloads the core accepted, by payload: a token seen before costs
   * the core's decision and no JSON parse. Frozen, since every caller of that token shares them.
   * @type {Map<string, AccessTokenClaims>}
   */
  #claims = new Map()

  /** @param {GatehouseOptions} options */
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError('options { publishableKey } are required')
    }
    /** @type {import('./native.cjs').ClientOptions} */
    const settings = { publishableKey: requiredString(options.publishableKey, 'publishableKey') }
    for (const name of /** @type {const} */ (['secretKey', 'apiUrl', 'audience'])) {
      if (options[name] !== undefined && options[name] !== null) {
        settings[name] = requiredString(options[name], name)
      }
    }
    const leeway = optionalInteger(options.leeway, 'leeway', 0xffffffff)
    if (leeway !== null) settings.leeway = leeway
    if (options.apiKeyCacheTtl !== undefined && options.apiKeyCacheTtl !== null) {
      if (typeof options.apiKeyCacheTtl !== 'number' || !(options.apiKeyCacheTtl >= 0)) {
        throw new TypeError('apiKeyCacheTtl must be a number of seconds >= 0')
      }
      settings.apiKeyCacheTtl = options.apiKeyCacheTtl
    }
    this.#native = new native.NativeClient(settings)
  }

  /**
   * The issuer tokens must come from.
   * @returns {string}
   */
  get issuer() {
    return this.#native.issuer
  }

  /**
   * The project the publishable key names.
   * @returns {string}
   */
  get projectId() {
    return this.#native.projectId
  }

  /**
   * Where the signing keys are fetched from.
   * @returns {string}
   */
  get jwksUrl() {
    return this.#native.jwksUrl
  }

  /**
   * The backend API URL API keys are checked with, or null.
   * @returns {string | null}
   */
  get apiUrl() {
    return this.#native.apiUrl ?? null
  }

  /**
   * Verifies an access token with the project's cached keys; resolves to its claims, rejects
   * with `AuthError`.
   * @param {string} token
   * @returns {Promise<AccessTokenClaims>}
   */
  async verify(token) {
    requiredString(token, 'token')
    // A token verified before is answered at once, without a round trip through the thread
    // pool; the core decides either way.
    const verdict = this.#native.verifySeen(token) ?? (await this.#native.verify(token))
    if (typeof verdict === 'string') return this.#parsed(verdict)
    throw new AuthError(verdict)
  }

  /**
   * The claims of a payload the core accepted, parsed once while it is among the last
   * `PARSED_CLAIMS_KEPT` payloads.
   * @param {string} payload
   * @returns {AccessTokenClaims}
   */
  #parsed(payload) {
    const known = this.#claims.get(payload)
    if (known !== undefined) return known
    const claims = deepFreeze(/** @type {AccessTokenClaims} */ (JSON.parse(payload)))
    if (this.#claims.size >= PARSED_CLAIMS_KEPT) this.#claims.clear()
    this.#claims.set(payload, claims)
    return claims
  }

  /**
   * Authenticates a request from its method and headers: the bearer credential first, then,
   * for safe methods only, the `gatehouse_access_token` cookie. API keys go to the server.
   * Resolves to null for a CORS preflight, which is not authenticated. Rejects with `AuthError`.
   * @param {CredentialRequest} request
   * @returns {Promise<Authentication | null>}
   */
  async authenticate(request) {
    const verdict = await this.#native.authenticateRequest(requestHeaders(request))
    return verdict === null || verdict === undefined ? null : accepted(verdict)
  }

  /**
   * `authenticate` with a Node/Express request (`request.method`, `request.headers`).
   * @param {NodeRequest} request
   * @returns {Promise<Authentication | null>}
   */
  async authenticateRequest(request) {
    return this.authenticate(fromNodeRequest(request))
  }

  /**
   * Authenticates a bare credential: an API key (`gh_key_...`) or an access token. Rejects with
   * `AuthError`.
   * @param {string} credential
   * @returns {Promise<Authentication>}
   */
  async authenticateCredential(credential) {
    return accepted(
      await this.#native.authenticateCredential(requiredString(credential, 'credential')),
    )
  }
}

/**
 * A header value as Node gives it (string, repeated header as array, or absent).
 * @param {HeaderValue} value
 * @returns {string | null}
 */
function header(value) {
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return value.length > 0 ? String(value[0]) : null
  return String(value)
}

/**
 * The method and the headers the core decides with, checked (absent headers as undefined).
 * @param {CredentialRequest} request
 * @returns {import('./native.cjs').RequestHeaders}
 */
function requestHeaders(request) {
  if (request === null || typeof request !== 'object') {
    throw new TypeError('request { method, authorization, cookie, origin, accessControlRequestMethod } is required')
  }
  return {
    method: requiredString(request.method, 'method'),
    authorization: header(request.authorization) ?? undefined,
    cookie: header(request.cookie) ?? undefined,
    origin: header(request.origin) ?? undefined,
    accessControlRequestMethod: header(request.accessControlRequestMethod) ?? undefined,
  }
}

/**
 * @param {NodeRequest} request
 * @returns {CredentialRequest}
 */
function fromNodeRequest(request) {
  const headers = request.headers
  return {
    method: /** @type {string} */ (request.method),
    authorization: headers.authorization,
    cookie: headers.cookie,
    origin: headers.origin,
    accessControlRequestMethod: headers['access-control-request-method'],
  }
}

/**
 * Which credential a request carries, as the core decides: `{ kind, credential }`, or null for a
 * CORS preflight. Throws `AuthError` (`missing_token`) when there is none.
 * @param {CredentialRequest} request
 * @returns {{ kind: 'access_token' | 'api_key', credential: string } | null}
 */
function requestCredential(request) {
  const found = native.findCredential(requestHeaders(request))
  if (found === null || found === undefined) return null
  if ('kind' in found && typeof found.kind === 'string') {
    return { kind: /** @type {'access_token' | 'api_key'} */ (found.kind), credential: found.credential }
  }
  throw new AuthError(/** @type {Refusal} */ (found))
}

/**
 * Authenticates a credential without I/O, exactly as `Gatehouse` does, with the server's answer
 * given as data (`serverAnswer`: null for no answer, or `{ status, body }`). For tests and the
 * shared vectors. Returns `{ principal, error, askedServer }`.
 * @param {string} credential
 * @param {AuthenticateWithAnswerOptions} options
 * @returns {{ principal: Authentication | null, error: AuthError | null, askedServer: boolean }}
 */
function authenticateWithAnswer(credential, options) {
  requiredString(credential, 'credential')
  if (options === null || typeof options !== 'object') {
    throw new TypeError('options { jwks, issuer, audience, serverAnswer } are required')
  }
  const answer = options.serverAnswer ?? null
  const decision = native.authenticateWithAnswer(
    credential,
    parseKeys(options.jwks),
    requiredString(options.issuer, 'issuer'),
    requiredString(options.audience, 'audience'),
    unixSeconds(options.now),
    optionalInteger(options.leeway, 'leeway', 0xffffffff),
    options.acceptsApiKeys ?? true,
    answer === null ? null : optionalInteger(answer.status, 'status', 999),
    answer === null ? null : Buffer.from(String(answer.body ?? ''), 'utf8'),
  )
  return {
    principal: decision.accepted ? new Authentication(decision.accepted) : null,
    error: decision.refusal ? new AuthError(decision.refusal) : null,
    askedServer: decision.askedServer,
  }
}

/**
 * Whether a string has the API-key shape and checksum (offline; says nothing of validity).
 * @param {unknown} candidate
 * @returns {boolean}
 */
function isWellFormedApiKey(candidate) {
  return typeof candidate === 'string' && native.isWellFormedApiKey(candidate)
}

module.exports = {
  ACCESS_TOKEN_COOKIE,
  API_KEY_PREFIX,
  AUTH_ERROR_CODES,
  AuthError,
  Authentication,
  Gatehouse,
  Jwks,
  authenticateWithAnswer,
  forbidden,
  isWellFormedApiKey,
  requestCredential,
  verifyAccessToken,
}
