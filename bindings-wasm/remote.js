/**
 * The signing keys of a project fetched with `fetch` and cached in memory, as every Gatehouse
 * SDK caches them (`docs/sdk-contract.md`, "The JWKS cache"; the Rust core's `Verifier` does the same
 * natively):
 *
 * - kept for the response's `Cache-Control: max-age`, one hour when absent, bounded to
 *   60 s .. 24 h (`no-store`/`no-cache` count as the minimum);
 * - single-flight: however many verifications find the cache stale, one request runs and the
 *   others wait for its result;
 * - a token naming an unknown `kid` causes one refetch, at most once per 30 s, which is how an
 *   emergency key rotation reaches the browser without forged `kid`s hammering the server;
 * - when a refresh fails the keys already held keep being used (retried after 10 s);
 *   `jwks_unavailable` only when no key was ever fetched.
 *
 * The fetching lives here rather than in the core because the browser's `fetch` is the only
 * HTTP client a page has; the verdicts are still the core's.
 */
import { AuthError, Jwks, jwksUnavailable, parsePublishableKey, verifyAccessToken } from './core.js'

/** JWKS documents larger than this are refused; ours hold a handful of keys. */
const MAX_JWKS_BYTES = 1024 * 1024

/** The cache behaviour of `docs/sdk-contract.md`, in seconds. */
const DEFAULT_CACHE_OPTIONS = Object.freeze({
  defaultTtl: 60 * 60,
  minTtl: 60,
  maxTtl: 24 * 60 * 60,
  unknownKeyRefetchInterval: 30,
  retryAfterFailure: 10,
  requestTimeout: 10,
})

function cacheOptions(options) {
  const merged = { ...DEFAULT_CACHE_OPTIONS }
  for (const name of Object.keys(DEFAULT_CACHE_OPTIONS)) {
    const value = options[name]
    if (value === undefined || value === null) continue
    if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) {
      throw new TypeError(`${name} must be a number of seconds >= 0`)
    }
    merged[name] = value
  }
  return merged
}

/**
 * The cache lifetime from `Cache-Control`, in seconds: `max-age` when present, zero for
 * `no-store` and `no-cache`, the default otherwise, then bounded to `[minTtl, maxTtl]`.
 */
function cacheLifetime(header, options) {
  let lifetime = null
  for (const directive of (header ?? '').split(',').map((part) => part.trim())) {
    const lower = directive.toLowerCase()
    if (lower === 'no-store' || lower === 'no-cache') {
      lifetime = 0
      break
    }
    const equals = directive.indexOf('=')
    if (equals > 0 && directive.slice(0, equals).trim().toLowerCase() === 'max-age') {
      const value = directive.slice(equals + 1).trim().replace(/^"|"$/g, '')
      if (/^\d+$/.test(value)) lifetime = Number(value)
    }
  }
  return Math.min(Math.max(lifetime ?? options.defaultTtl, options.minTtl), options.maxTtl)
}

/** A JWKS URL's keys, fetched on demand and cached in memory. Share one per JWKS URL. */
export class RemoteJwks {
  #url
  #fetch
  #clock
  #options
  #keys = null
  /** Counts fetch attempts, so a caller that waited can tell someone else fetched meanwhile. */
  #attempts = 0
  /** When the cached keys (or the last failure) stop being trusted, in clock milliseconds. */
  #refreshAt = 0
  #lastUnknownKeyRefetch = null
  #inflight = null

  constructor(url, options = {}) {
    if (typeof url !== 'string' && !(url instanceof URL)) {
      throw new TypeError('url must be a string or a URL')
    }
    this.#url = String(url)
    this.#fetch = options.fetch ?? ((...args) => globalThis.fetch(...args))
    this.#clock = options.clock ?? Date.now
    this.#options = cacheOptions(options)
  }

  /** Where the keys are fetched from. */
  get url() {
    return this.#url
  }

  /** The keys to verify with, fetching them when none are cached or they are stale. */
  async getKeys() {
    return (await this.#current()).keys
  }

  /**
   * Verifies a token with the cached keys (refetching once, rate-limited, when it names an
   * unknown `kid`). Resolves to its claims; rejects with `AuthError`.
   */
  async verify(token, { issuer, audience, leeway, now } = {}) {
    const options = { issuer, audience, leeway, now }
    const { keys, attempts } = await this.#current()
    try {
      return verifyAccessToken(token, { ...options, jwks: keys })
    } catch (error) {
      if (!(error instanceof AuthError) || error.code !== 'unknown_key') throw error
      const refetched = await this.#refetchForUnknownKey(attempts)
      if (refetched === null) throw error
      return verifyAccessToken(token, { ...options, jwks: refetched })
    }
  }

  async #current() {
    if (this.#clock() < this.#refreshAt) {
      if (this.#keys !== null) return { keys: this.#keys, attempts: this.#attempts }
      throw jwksUnavailable('the last JWKS fetch failed; retrying shortly')
    }
    await this.#refreshOnce(this.#attempts)
    if (this.#keys === null) {
      throw jwksUnavailable('the JWKS could not be fetched and no keys are cached')
    }
    return { keys: this.#keys, attempts: this.#attempts }
  }

  /** The keys to retry an unknown `kid` with, or null when a refetch is not allowed yet. */
  async #refetchForUnknownKey(observed) {
    if (this.#inflight !== null) await this.#inflight
    // Someone fetched since these keys were read: retry with theirs.
    if (this.#attempts !== observed) return this.#keys
    const now = this.#clock()
    const interval = this.#options.unknownKeyRefetchInterval * 1000
    if (this.#lastUnknownKeyRefetch !== null && now < this.#lastUnknownKeyRefetch + interval) {
      return null
    }
    this.#lastUnknownKeyRefetch = now
    await this.#refreshOnce(observed)
    return this.#keys
  }

  /** Starts one fetch unless one is running or already happened since `observed`. */
  #refreshOnce(observed) {
    if (this.#inflight !== null) return this.#inflight
    if (this.#attempts !== observed) return Promise.resolve()
    this.#inflight = this.#fetchIntoCache().finally(() => {
      this.#inflight = null
    })
    return this.#inflight
  }

  /** Fetches the JWKS and records the outcome; on failure the old keys stay in place. */
  async #fetchIntoCache() {
    let outcome
    try {
      outcome = await this.#download()
    } catch {
      outcome = null
    }
    this.#attempts += 1
    if (outcome === null) {
      this.#refreshAt = this.#clock() + this.#options.retryAfterFailure * 1000
    } else {
      this.#keys = outcome.keys
      this.#refreshAt = this.#clock() + outcome.ttl * 1000
    }
  }

  async #download() {
    // `no-cache` revalidates with the server (a cheap 304 thanks to the ETag) instead of
    // letting the browser's HTTP cache answer: this cache already honours max-age, and an
    // unknown-kid refetch must see the server's current keys.
    const response = await this.#fetch(this.#url, {
      headers: { Accept: 'application/json' },
      cache: 'no-cache',
      credentials: 'omit',
      signal: AbortSignal.timeout(this.#options.requestTimeout * 1000),
    })
    if (!response.ok) throw new Error(`JWKS endpoint answered ${response.status}`)
    const declared = Number(response.headers.get('content-length') ?? 0)
    if (declared > MAX_JWKS_BYTES) throw new Error('the JWKS document is too large')
    const body = new Uint8Array(await response.arrayBuffer())
    if (body.byteLength > MAX_JWKS_BYTES) throw new Error('the JWKS document is too large')
    return {
      keys: new Jwks(body),
      ttl: cacheLifetime(response.headers.get('cache-control'), this.#options),
    }
  }
}

/**
 * Verifies access tokens for one project, named by its publishable key: `iss` must be the
 * project's issuer, `aud` must contain its project id (or `audience`), keys come from its JWKS
 * through a `RemoteJwks` cache. Create one per page and share it.
 */
export class Gatehouse {
  #key
  #audience
  #leeway
  #jwks

  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError('options { publishableKey } are required')
    }
    this.#key = parsePublishableKey(options.publishableKey)
    if (options.audience !== undefined && options.audience !== null) {
      if (typeof options.audience !== 'string') throw new TypeError('audience must be a string')
      this.#audience = options.audience
    } else {
      this.#audience = this.#key.projectId
    }
    this.#leeway = options.leeway ?? undefined
    if (this.#leeway !== undefined && (!Number.isSafeInteger(this.#leeway) || this.#leeway < 0)) {
      throw new TypeError('leeway must be a whole number of seconds >= 0')
    }
    this.#jwks = new RemoteJwks(this.#key.jwksUrl, options)
  }

  /** The publishable key this instance was created with. */
  get publishableKey() {
    return this.#key.publishableKey
  }

  /** The issuer tokens must come from. */
  get issuer() {
    return this.#key.issuer
  }

  /** The project the publishable key names. */
  get projectId() {
    return this.#key.projectId
  }

  /** The audience tokens must carry (the project id unless configured). */
  get audience() {
    return this.#audience
  }

  /** Where the signing keys are fetched from. */
  get jwksUrl() {
    return this.#key.jwksUrl
  }

  /** Verifies an access token with the project's cached keys; resolves to its claims. */
  async verify(token, { now } = {}) {
    return this.#jwks.verify(token, {
      issuer: this.#key.issuer,
      audience: this.#audience,
      leeway: this.#leeway,
      now,
    })
  }
}
