'use strict'
/**
 * @gatehouse/node: verify Gatehouse access tokens and API keys in Node.js.
 *
 * This file only adapts the native module (native.cjs, built from src/lib.rs) to JavaScript
 * idioms: refusals become `AuthError` exceptions, claims JSON becomes objects. Every decision
 * is made by gatehouse-core, the Rust code every Gatehouse SDK shares.
 */

const native = require('./native.cjs')

/** The stable error codes, identical in every Gatehouse SDK and HTTP body. */
const AUTH_ERROR_CODES = Object.freeze(native.authErrorCodes())
/** Organization API keys start with this. */
const API_KEY_PREFIX = native.apiKeyPrefix()
/** The cookie an access token may be sent in (after `Authorization: Bearer`). */
const ACCESS_TOKEN_COOKIE = native.accessTokenCookie()

/** Why a credential was refused, with the HTTP answer every Gatehouse SDK gives for it. */
class AuthError extends Error {
  constructor(refusal) {
    super(refusal.message)
    this.name = 'AuthError'
    this.code = refusal.code
    this.status = refusal.status
    this.wwwAuthenticate = refusal.wwwAuthenticate ?? null
    this.body = refusal.body
  }

  /** The response headers: `Content-Type` and, except for 503, `WWW-Authenticate`. */
  get headers() {
    const headers = { 'Content-Type': 'application/json' }
    if (this.wwwAuthenticate !== null) headers['WWW-Authenticate'] = this.wwwAuthenticate
    return headers
  }
}

/** The `AuthError` (403 `forbidden`) for a caller that lacks `action`. */
function forbidden(action) {
  if (typeof action !== 'string') throw new TypeError('action must be a string')
  return new AuthError(native.forbidden(action))
}

let nativeKeys

/** A parsed JSON Web Key Set: parse once, verify many tokens with it. */
class Jwks {
  #keys

  /** `document` is a JWKS object, its JSON text, or a Buffer of that text. */
  constructor(document) {
    this.#keys = parseKeys(document)
  }

  /** The `kid`s of the usable keys, in document order. */
  get keyIds() {
    return this.#keys.keyIds()
  }

  static {
    nativeKeys = (jwks) => jwks.#keys
  }
}

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

function optionalInteger(value, name, max) {
  if (value === undefined || value === null) return null
  if (!Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new TypeError(`${name} must be an integer between 0 and ${max}`)
  }
  return value
}

function requiredString(value, name) {
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string`)
  return value
}

/**
 * Verifies an access token offline, with no network: the same checks and error codes as every
 * Gatehouse SDK. Returns the token's claims; throws `AuthError`.
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

function unixSeconds(now) {
  if (now instanceof Date) return Math.floor(now.getTime() / 1000)
  if (now === undefined || now === null) return null
  if (!Number.isSafeInteger(now)) throw new TypeError('now must be whole Unix seconds or a Date')
  return now
}

/** An authenticated caller: an access token verified locally, or an API key the server accepted. */
class Authentication {
  constructor(accepted) {
    /** `"access_token"` or `"api_key"`. */
    this.kind = accepted.kind
    /** The credential exactly as the request carried it (the token or the API key). */
    this.credentials = accepted.credential
    /** The organization (tenant) the caller belongs to. */
    this.organizationId = accepted.organizationId
    /** The user (`sub`); null for API keys. */
    this.userId = accepted.userId ?? null
    /** The API key's id (`key_...`); null for access tokens. */
    this.apiKeyId = accepted.apiKeyId ?? null
    this.roles = Object.freeze(accepted.roles)
    this.actions = Object.freeze(accepted.actions)
    /** The verified access-token claims; null for API keys. */
    this.claims = accepted.claims === undefined || accepted.claims === null ? null : JSON.parse(accepted.claims)
    /** The staff member acting as the user (the `act` claim, `{ sub, email }`); null otherwise. */
    this.impersonator =
      accepted.impersonator === undefined || accepted.impersonator === null
        ? null
        : Object.freeze({ sub: accepted.impersonator.sub, email: accepted.impersonator.email ?? null })
    /** Whether a staff member is acting as the user (the `act` claim). */
    this.isImpersonated = this.impersonator !== null
    Object.freeze(this)
  }

  /** Whether the credential grants the permission (`actions` contains it). */
  hasPermission(action) {
    return this.actions.includes(action)
  }

  /** Whether the credential holds the role. */
  hasRole(role) {
    return this.roles.includes(role)
  }
}

function accepted(verdict) {
  if (typeof verdict.kind === 'string') return new Authentication(verdict)
  throw new AuthError(verdict)
}

/**
 * Verifies requests for one project: access tokens against its JWKS (fetched and cached by the
 * core, off the event loop), organization API keys with the server when given a secret key.
 * Create one per process and share it.
 */
class Gatehouse {
  #native

  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError('options { publishableKey } are required')
    }
    const settings = { publishableKey: requiredString(options.publishableKey, 'publishableKey') }
    for (const name of ['secretKey', 'apiUrl', 'audience']) {
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

  /** The issuer tokens must come from. */
  get issuer() {
    return this.#native.issuer
  }

  /** The project the publishable key names. */
  get projectId() {
    return this.#native.projectId
  }

  /** Where the signing keys are fetched from. */
  get jwksUrl() {
    return this.#native.jwksUrl
  }

  /** The backend API URL API keys are checked with, or null. */
  get apiUrl() {
    return this.#native.apiUrl ?? null
  }

  /** Verifies an access token with the project's cached keys; resolves to its claims. */
  async verify(token) {
    const verdict = await this.#native.verify(requiredString(token, 'token'))
    if (typeof verdict === 'string') return JSON.parse(verdict)
    throw new AuthError(verdict)
  }

  /**
   * Authenticates a request from its method and headers: the bearer credential first, then,
   * for safe methods only, the `gatehouse_access_token` cookie. API keys go to the server.
   * Resolves to null for a CORS preflight, which is not authenticated.
   */
  async authenticate(request) {
    const verdict = await this.#native.authenticateRequest(requestHeaders(request))
    return verdict === null || verdict === undefined ? null : accepted(verdict)
  }

  /** `authenticate` with a Node/Express request (`request.method`, `request.headers`). */
  async authenticateRequest(request) {
    return this.authenticate(fromNodeRequest(request))
  }

  /** Authenticates a bare credential: an API key (`gh_key_...`) or an access token. */
  async authenticateCredential(credential) {
    return accepted(
      await this.#native.authenticateCredential(requiredString(credential, 'credential')),
    )
  }
}

/** A header value as Node gives it (string, repeated header as array, or absent). */
function header(value) {
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return value.length > 0 ? String(value[0]) : null
  return String(value)
}

/** The method and the headers the core decides with, checked (absent headers as undefined). */
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

function fromNodeRequest(request) {
  const headers = request.headers
  return {
    method: request.method,
    authorization: headers.authorization,
    cookie: headers.cookie,
    origin: headers.origin,
    accessControlRequestMethod: headers['access-control-request-method'],
  }
}

/**
 * Which credential a request carries, as the core decides: `{ kind, credential }`, or null for a
 * CORS preflight. Throws `AuthError` (`missing_token`) when there is none.
 */
function requestCredential(request) {
  const found = native.findCredential(requestHeaders(request))
  if (found === null || found === undefined) return null
  if (typeof found.kind === 'string') return { kind: found.kind, credential: found.credential }
  throw new AuthError(found)
}

/**
 * Authenticates a credential without I/O, exactly as `Gatehouse` does, with the server's answer
 * given as data (`serverAnswer`: null for no answer, or `{ status, body }`). For tests and the
 * shared vectors. Returns `{ principal, error, askedServer }`.
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

/** Whether a string has the API-key shape and checksum (offline; says nothing of validity). */
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
