/**
 * The signing keys of a project fetched with `fetch` and cached in memory. The cache policy is
 * the core's (`JwksCache` in sdk-core/src/jwks_cache.rs, through `NativeJwksCache`): it says
 * when to fetch, which caller fetches and which wait, when an unknown `kid` may refetch, and
 * which keys to verify with after a failure (`docs/sdk-contract.md`, "The JWKS cache"). This
 * file only performs the request the core asks for and reports the answer, because the
 * browser's `fetch` is the only HTTP client a page has.
 *
 * Its JSDoc is the source of the published types: `npm run types` emits remote.d.ts from it.
 */
import { AuthError, Jwks, authenticateAccessToken, parsePublishableKey, verifyAccessToken } from './core.js'
import { NativeJwksCache } from './pkg/gatehouse_wasm.js'

/** @import { AccessTokenClaims, AuthenticatedToken, JwksDocument, PublishableKey, Refusal, VerifyOptions } from './core.js' */
/** @import { NativeCacheStep } from './pkg/gatehouse_wasm.js' */

/**
 * How the key cache behaves; every value in seconds. Defaults are those of every Gatehouse SDK.
 * @typedef {object} CacheOptions
 * @property {number} [defaultTtl] Key lifetime when the response has no `max-age` (3600).
 * @property {number} [minTtl] Lower bound on the lifetime (60).
 * @property {number} [maxTtl] Upper bound on the lifetime (86400).
 * @property {number} [unknownKeyRefetchInterval] Minimum time between refetches caused by
 *   tokens with an unknown `kid` (30).
 * @property {number} [retryAfterFailure] After a failed fetch, how long to keep using the keys
 *   held before trying again (10).
 * @property {number} [requestTimeout] Time allowed for the request, body included (10).
 */

/**
 * @typedef {CacheOptions & {
 *   fetch?: typeof fetch,
 *   clock?: () => number,
 * }} RemoteJwksOptions
 *   `fetch`: the `fetch` to use (default: the global one); `clock`: the cache's clock, in
 *   milliseconds (default `Date.now`).
 */

/** The verification options other than the keys, which the cache supplies. @typedef {Omit<VerifyOptions, 'jwks'>} KeylessVerifyOptions */

/** The cache options, in seconds; each defaults to the contract's value in the core. */
const CACHE_OPTION_NAMES = Object.freeze([
  'defaultTtl',
  'minTtl',
  'maxTtl',
  'unknownKeyRefetchInterval',
  'retryAfterFailure',
  'requestTimeout',
])

/**
 * @param {CacheOptions} options
 * @returns {Array<number | undefined>}
 */
function cacheOptionValues(options) {
  return CACHE_OPTION_NAMES.map((name) => {
    const value = /** @type {Record<string, unknown>} */ (options)[name]
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) {
      throw new TypeError(`${name} must be a number of seconds >= 0`)
    }
    return value
  })
}

/**
 * The request the core asks for.
 * @typedef {{ url: string, accept: string, timeoutMs: number, maxBytes: number }} FetchRequest
 */

/**
 * @typedef {RemoteJwksOptions & {
 *   publishableKey: string,
 *   audience?: string | null,
 *   leeway?: number | null,
 * }} GatehouseOptions
 *   `publishableKey`: `pk_test_...` or `pk_live_...`, which names the issuer, the project and the
 *   JWKS URL; `audience`: the audience to require instead of the project id; `leeway`: seconds
 *   of clock skew tolerated on `exp` and `nbf` (default 30).
 */

/** A JWKS URL's keys, fetched on demand and cached in memory. Share one per JWKS URL. */
export class RemoteJwks {
  /** @type {string} */
  #url
  /** @type {typeof fetch} */
  #fetch
  /** @type {() => number} */
  #clock
  /** @type {NativeJwksCache} */
  #cache
  /** The fetch under way, which callers the core tells to wait await. @type {Promise<void> | null} */
  #inflight = null
  /** The `Jwks` wrapping the core's current keys, and the generation they came from. @type {Jwks | null} */
  #keys = null
  #generation = -1

  /**
   * @param {string | URL} url
   * @param {RemoteJwksOptions} [options]
   */
  constructor(url, options = {}) {
    if (typeof url !== 'string' && !(url instanceof URL)) {
      throw new TypeError('url must be a string or a URL')
    }
    this.#url = String(url)
    this.#fetch = options.fetch ?? ((...args) => globalThis.fetch(...args))
    this.#clock = options.clock ?? Date.now
    this.#cache = new NativeJwksCache(this.#url, ...cacheOptionValues(options))
  }

  /**
   * Where the keys are fetched from.
   * @returns {string}
   */
  get url() {
    return this.#url
  }

  /**
   * The keys to verify with, fetching them when none are cached or they are stale; rejects with
   * `AuthError` (`jwks_unavailable`).
   * @returns {Promise<Jwks>}
   */
  async getKeys() {
    return (await this.#settle((cache, now) => cache.keysForToken(now))).keys
  }

  /**
   * Verifies a token with the cached keys (refetching once, rate-limited, when it names an
   * unknown `kid`). Resolves to its claims; rejects with `AuthError`.
   * @param {string} token
   * @param {KeylessVerifyOptions} options
   * @returns {Promise<AccessTokenClaims>}
   */
  async verify(token, { issuer, audience, leeway, now }) {
    return this.#withKeys((jwks) => verifyAccessToken(token, { issuer, audience, leeway, now, jwks }))
  }

  /**
   * Like `verify`, but resolves to `{ principal, claims }` (see `authenticateAccessToken`):
   * the caller as the core describes it, for adapters such as `@gatehouse/nextjs`.
   * @param {string} token
   * @param {KeylessVerifyOptions} options
   * @returns {Promise<AuthenticatedToken>}
   */
  async authenticate(token, { issuer, audience, leeway, now }) {
    return this.#withKeys((jwks) => authenticateAccessToken(token, { issuer, audience, leeway, now, jwks }))
  }

  /**
   * Runs `check` with the cached keys, and once more after the core allows an unknown-kid refetch.
   * @template T
   * @param {(jwks: Jwks) => T} check
   * @returns {Promise<T>}
   */
  async #withKeys(check) {
    const { keys, generation } = await this.#settle((cache, at) => cache.keysForToken(at))
    try {
      return check(keys)
    } catch (error) {
      if (!(error instanceof AuthError) || error.code !== 'unknown_key') throw error
      const retry = await this.#settle((cache, at) => cache.afterUnknownKey(generation, at))
      return check(retry.keys)
    }
  }

  /**
   * Asks the core, performs the fetch or awaits the one it names, returns the keys it settles on.
   * @param {(cache: NativeJwksCache, now: number) => NativeCacheStep} ask
   * @returns {Promise<{ keys: Jwks, generation: number }>}
   */
  async #settle(ask) {
    let step = ask(this.#cache, this.#clock())
    if (step.kind === 'fetch') {
      // A "fetch" step always names its URL.
      const url = /** @type {string} */ (step.url)
      const request = { url, accept: step.accept, timeoutMs: step.timeoutMs, maxBytes: step.maxBytes }
      step.free()
      await this.#perform(request)
      step = this.#cache.currentKeys()
    } else if (step.kind === 'wait') {
      step.free()
      await this.#inflight
      step = this.#cache.currentKeys()
    }
    try {
      // A "refuse" step carries its refusal, a "use" step its keys.
      if (step.kind === 'refuse') throw new AuthError(/** @type {Refusal} */ (step.takeRefusal()))
      if (step.generation !== this.#generation || this.#keys === null) {
        // The core's own key set: `Jwks` takes it too (core.js, parseKeys), though its public type
        // names only the documents an application passes.
        this.#keys = new Jwks(/** @type {JwksDocument} */ (/** @type {unknown} */ (step.takeKeys())))
        this.#generation = step.generation
      }
      return { keys: this.#keys, generation: this.#generation }
    } finally {
      step.free()
    }
  }

  /**
   * Performs the request the core asked for and reports the outcome, whatever happens.
   * @param {FetchRequest} request
   * @returns {Promise<void>}
   */
  #perform(request) {
    this.#inflight = this.#download(request)
      .then(
        ({ status, cacheControl, body }) => {
          this.#cache.recordResponse(this.#clock(), status, cacheControl, body)
        },
        () => this.#cache.recordFailure(this.#clock()),
      )
      .finally(() => {
        this.#inflight = null
      })
    return this.#inflight
  }

  /**
   * @param {FetchRequest} request
   * @returns {Promise<{ status: number, cacheControl: string | undefined, body: Uint8Array }>}
   */
  async #download({ url, accept, timeoutMs, maxBytes }) {
    // `no-cache` revalidates with the server (a cheap 304 thanks to the ETag) instead of
    // letting the browser's HTTP cache answer: the core's cache already honours max-age, and
    // an unknown-kid refetch must see the server's current keys.
    const response = await this.#fetch(url, {
      headers: { Accept: accept },
      cache: 'no-cache',
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    })
    // The core refuses longer bodies; one declared longer is not even read.
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      throw new Error('the JWKS document is too large')
    }
    return {
      status: response.status,
      cacheControl: response.headers.get('cache-control') ?? undefined,
      body: response.ok ? new Uint8Array(await response.arrayBuffer()) : new Uint8Array(),
    }
  }
}

/**
 * Verifies access tokens for one project, named by its publishable key: `iss` must be the
 * project's issuer, `aud` must contain its project id (or `audience`), keys come from its JWKS
 * through a `RemoteJwks` cache. Create one per page and share it.
 */
export class Gatehouse {
  /** @type {Readonly<PublishableKey>} */
  #key
  /** @type {string} */
  #audience
  /** @type {number | undefined} */
  #leeway
  /** @type {RemoteJwks} */
  #jwks

  /** @param {GatehouseOptions} options */
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

  /**
   * The publishable key this instance was created with.
   * @returns {string}
   */
  get publishableKey() {
    return this.#key.publishableKey
  }

  /**
   * The issuer tokens must come from.
   * @returns {string}
   */
  get issuer() {
    return this.#key.issuer
  }

  /**
   * The project the publishable key names.
   * @returns {string}
   */
  get projectId() {
    return this.#key.projectId
  }

  /**
   * The audience tokens must carry (the project id unless configured).
   * @returns {string}
   */
  get audience() {
    return this.#audience
  }

  /**
   * Where the signing keys are fetched from.
   * @returns {string}
   */
  get jwksUrl() {
    return this.#key.jwksUrl
  }

  /**
   * Verifies an access token with the project's cached keys; resolves to its claims, rejects
   * with `AuthError`.
   * @param {string} token
   * @param {{ now?: number | Date | null }} [options]
   * @returns {Promise<AccessTokenClaims>}
   */
  async verify(token, { now } = {}) {
    return this.#jwks.verify(token, this.#verifyOptions(now))
  }

  /**
   * Authenticates an access token: resolves to `{ principal, claims }`, rejects with `AuthError`.
   * @param {string} token
   * @param {{ now?: number | Date | null }} [options]
   * @returns {Promise<AuthenticatedToken>}
   */
  async authenticate(token, { now } = {}) {
    return this.#jwks.authenticate(token, this.#verifyOptions(now))
  }

  /**
   * @param {number | Date | null | undefined} now
   * @returns {KeylessVerifyOptions}
   */
  #verifyOptions(now) {
    return { issuer: this.#key.issuer, audience: this.#audience, leeway: this.#leeway, now }
  }
}
