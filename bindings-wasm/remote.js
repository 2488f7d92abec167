/**
 * The signing keys of a project fetched with `fetch` and cached in memory. The cache policy is
 * the core's (`JwksCache` in sdk-core/src/jwks_cache.rs, through `NativeJwksCache`): it says
 * when to fetch, which caller fetches and which wait, when an unknown `kid` may refetch, and
 * which keys to verify with after a failure (`docs/sdk-contract.md`, "The JWKS cache"). This
 * file only performs the request the core asks for and reports the answer, because the
 * browser's `fetch` is the only HTTP client a page has.
 */
import { AuthError, Jwks, parsePublishableKey, verifyAccessToken } from './core.js'
import { NativeJwksCache } from './pkg/gatehouse_wasm.js'

/** The cache options, in seconds; each defaults to the contract's value in the core. */
const CACHE_OPTION_NAMES = Object.freeze([
  'defaultTtl',
  'minTtl',
  'maxTtl',
  'unknownKeyRefetchInterval',
  'retryAfterFailure',
  'requestTimeout',
])

function cacheOptionValues(options) {
  return CACHE_OPTION_NAMES.map((name) => {
    const value = options[name]
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) {
      throw new TypeError(`${name} must be a number of seconds >= 0`)
    }
    return value
  })
}

/** A JWKS URL's keys, fetched on demand and cached in memory. Share one per JWKS URL. */
export class RemoteJwks {
  #url
  #fetch
  #clock
  #cache
  /** The fetch under way, which callers the core tells to wait await. */
  #inflight = null
  /** The `Jwks` wrapping the core's current keys, and the generation they came from. */
  #keys = null
  #generation = -1

  constructor(url, options = {}) {
    if (typeof url !== 'string' && !(url instanceof URL)) {
      throw new TypeError('url must be a string or a URL')
    }
    this.#url = String(url)
    this.#fetch = options.fetch ?? ((...args) => globalThis.fetch(...args))
    this.#clock = options.clock ?? Date.now
    this.#cache = new NativeJwksCache(this.#url, ...cacheOptionValues(options))
  }

  /** Where the keys are fetched from. */
  get url() {
    return this.#url
  }

  /** The keys to verify with, fetching them when none are cached or they are stale. */
  async getKeys() {
    return (await this.#settle((cache, now) => cache.keysForToken(now))).keys
  }

  /**
   * Verifies a token with the cached keys (refetching once, rate-limited, when it names an
   * unknown `kid`). Resolves to its claims; rejects with `AuthError`.
   */
  async verify(token, { issuer, audience, leeway, now } = {}) {
    const options = { issuer, audience, leeway, now }
    const { keys, generation } = await this.#settle((cache, at) => cache.keysForToken(at))
    try {
      return verifyAccessToken(token, { ...options, jwks: keys })
    } catch (error) {
      if (!(error instanceof AuthError) || error.code !== 'unknown_key') throw error
      const retry = await this.#settle((cache, at) => cache.afterUnknownKey(generation, at))
      return verifyAccessToken(token, { ...options, jwks: retry.keys })
    }
  }

  /** Asks the core, performs the fetch or awaits the one it names, returns the keys it settles on. */
  async #settle(ask) {
    let step = ask(this.#cache, this.#clock())
    if (step.kind === 'fetch') {
      const request = { url: step.url, accept: step.accept, timeoutMs: step.timeoutMs, maxBytes: step.maxBytes }
      step.free()
      await this.#perform(request)
      step = this.#cache.currentKeys()
    } else if (step.kind === 'wait') {
      step.free()
      await this.#inflight
      step = this.#cache.currentKeys()
    }
    try {
      if (step.kind === 'refuse') throw new AuthError(step.takeRefusal())
      if (step.generation !== this.#generation) {
        this.#keys = new Jwks(step.takeKeys())
        this.#generation = step.generation
      }
      return { keys: this.#keys, generation: this.#generation }
    } finally {
      step.free()
    }
  }

  /** Performs the request the core asked for and reports the outcome, whatever happens. */
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
