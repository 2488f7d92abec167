/**
 * The browser session, independent of React: sign-in with the OAuth 2.1 authorization-code flow
 * with PKCE against the project's hosted login, the access token kept in memory and verified by
 * the WebAssembly core before it is trusted, background refresh, sign-out. `GatehouseProvider`
 * renders this state; other frameworks can drive it directly.
 *
 * The protocol work (PKCE, `state`, `nonce`, discovery, token and revocation requests, ID token
 * claim checks) is done by `oauth4webapi`, a small, dependency-free and widely used OAuth client
 * that follows the RFCs closely, rather than by hand.
 *
 * What lives where, and why:
 * - access token, refresh token, ID token: in memory only, never in `localStorage` or
 *   `sessionStorage`, so no other script on the origin can read them from storage. After a page
 *   reload the session is re-established from the hosted login's own HttpOnly cookie session
 *   with a silent authorization request (`prompt=none`), which answers without showing a page.
 * - the PKCE verifier, `state` and `nonce` of a sign-in in progress: in `sessionStorage`, the
 *   only place that survives the round trip to the hosted login; removed as soon as the
 *   callback arrives, and useless without the matching authorization code.
 */
import * as oauth from 'oauth4webapi'
import { AuthError, Gatehouse, parsePublishableKey } from '@gatehouse/wasm'
import type { AccessTokenClaims, PublishableKey } from '@gatehouse/wasm'

/** Where the session stands. */
export type SessionStatus = 'loading' | 'signedIn' | 'signedOut' | 'redirecting'

/** Why the session could not be established or kept. */
export class GatehouseError extends Error {
  /**
   * `access_denied`, `login_required` and other RFC 6749 / OIDC error codes from the hosted
   * login; `invalid_state` (a callback this tab did not start), `invalid_grant` (the session
   * ended: refresh token revoked, expired or reused), `invalid_response` (a malformed or
   * inconsistent answer from the server), `server_error` (a 5xx answer), `network_error`,
   * `signed_out`, or the core's
   * `AuthError` code when an issued access token failed verification.
   */
  readonly code: string

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'GatehouseError'
    this.code = code
  }
}

/** A snapshot of the session; a new object whenever anything changes. */
export interface SessionState {
  readonly status: SessionStatus
  /** The verified access token while signed in. */
  readonly accessToken: string | null
  /** Its verified claims. */
  readonly claims: AccessTokenClaims | null
  /** The last failure, cleared by the next successful sign-in or refresh. */
  readonly error: GatehouseError | null
}

/** Minimal `Storage` the client needs (the sign-in transaction only). */
export interface TransactionStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export interface GatehouseClientOptions {
  /** `pk_test_...` or `pk_live_...`: names the issuer, the project, and is the OAuth client id. */
  publishableKey: string
  /** Where the hosted login sends the browser back; must be allow-listed. Default `{origin}/`. */
  redirectUri?: string
  /** Where sign-out lands; must be allow-listed. Default: `redirectUri`. */
  postLogoutRedirectUri?: string
  /** The audience access tokens must carry (default: the project id). */
  audience?: string
  /** Seconds of clock skew tolerated on `exp` and `nbf` (default 30). */
  leeway?: number
  /**
   * On a page load without a session, ask the hosted login silently (`prompt=none`) whether
   * the browser is still signed in there. Default true.
   */
  silentSignIn?: boolean
  /** The `fetch` used for every request (default: the global one). */
  fetch?: typeof fetch
  /** Leaves the page for `url` (default `window.location.assign`). */
  navigate?: (url: string) => void
  /** The page's current URL (default `window.location.href`). */
  currentUrl?: () => string
  /** Rewrites the address bar without navigating (default `history.replaceState`). */
  replaceUrl?: (url: string) => void
  /** Holds the sign-in transaction across the redirect (default `sessionStorage`). */
  storage?: TransactionStorage
}

/** What `signIn` accepts. */
export interface SignInOptions {
  /** Sign in to this organization (slug or `org_...` id). */
  organization?: string
  /** Prefills the email on the hosted login. */
  loginHint?: string
  /** Where to go after signing in (path, query and hash on this origin; default: here). */
  returnTo?: string
  /** `login` forces re-authentication. */
  prompt?: 'login'
}

/** What `signOut` accepts. */
export interface SignOutOptions {
  /** Leave the hosted login session alone and only forget the tokens here. Default false. */
  localOnly?: boolean
}

const SCOPE = 'openid profile email offline_access'
const TRANSACTION_KEY = 'gatehouse.transaction'
const SIGNED_OUT_KEY = 'gatehouse.signed_out'
/** Refresh when this share of the access token's lifetime has passed. */
const REFRESH_AT_LIFETIME_SHARE = 0.75
/** On focus, refresh if less than this share of the lifetime is left. */
const REFRESH_ON_FOCUS_SHARE = 0.5
/** Retry delays after a refresh failed for a reason other than `invalid_grant` (ms). */
const RETRY_DELAYS = [2_000, 5_000, 10_000, 30_000]

interface Transaction {
  state: string
  nonce: string
  codeVerifier: string
  redirectUri: string
  returnTo: string
  silent: boolean
}

interface Tokens {
  accessToken: string
  claims: AccessTokenClaims
  refreshToken: string | null
  idToken: string | null
  /** Client clock (ms) when the token response arrived, and the lifetime it announced. */
  receivedAt: number
  lifetimeMs: number
}

type Listener = () => void

/** One browser session for one project. Create one per page. */
export class GatehouseClient {
  readonly publishableKey: string
  readonly project: PublishableKey
  readonly redirectUri: string
  readonly postLogoutRedirectUri: string

  #verifier: Gatehouse
  #fetch: typeof fetch
  #navigate: (url: string) => void
  #currentUrl: () => string
  #replaceUrl: (url: string) => void
  #storage: TransactionStorage
  #silentSignIn: boolean
  #client: oauth.Client
  #requestOptions: { [oauth.customFetch]: typeof fetch; [oauth.allowInsecureRequests]: boolean }

  #state: SessionState = { status: 'loading', accessToken: null, claims: null, error: null }
  #tokens: Tokens | null = null
  #listeners = new Set<Listener>()
  #metadata: Promise<oauth.AuthorizationServer> | null = null
  #started: Promise<void> | null = null
  #refreshing: Promise<void> | null = null
  #timer: ReturnType<typeof setTimeout> | null = null
  #retries = 0
  #active = false

  constructor(options: GatehouseClientOptions) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError('options { publishableKey } are required')
    }
    this.project = parsePublishableKey(options.publishableKey)
    this.publishableKey = this.project.publishableKey
    const origin = typeof window === 'undefined' ? undefined : window.location.origin
    const redirectUri = options.redirectUri ?? (origin === undefined ? undefined : `${origin}/`)
    if (redirectUri === undefined) throw new TypeError('redirectUri is required outside a browser')
    this.redirectUri = redirectUri
    this.postLogoutRedirectUri = options.postLogoutRedirectUri ?? redirectUri
    this.#fetch = options.fetch ?? ((...args) => globalThis.fetch(...args))
    this.#navigate = options.navigate ?? ((url) => window.location.assign(url))
    this.#currentUrl = options.currentUrl ?? (() => window.location.href)
    this.#replaceUrl = options.replaceUrl ?? ((url) => window.history.replaceState(window.history.state, '', url))
    this.#storage = options.storage ?? window.sessionStorage
    this.#silentSignIn = options.silentSignIn ?? true
    this.#verifier = new Gatehouse({
      publishableKey: this.publishableKey,
      audience: options.audience,
      leeway: options.leeway,
      fetch: this.#fetch,
    })
    this.#client = { client_id: this.publishableKey }
    this.#requestOptions = {
      [oauth.customFetch]: this.#fetch,
      // Test projects (`pk_test_`) may run on http://localhost; live keys require https.
      [oauth.allowInsecureRequests]: !this.project.isLive && this.project.issuer.startsWith('http:'),
    }
  }

  /** The current snapshot (stable between changes, for `useSyncExternalStore`). */
  getState = (): SessionState => this.#state

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: Listener): (() => void) => {
    this.#listeners.add(listener)
    return () => {
      this.#listeners.delete(listener)
    }
  }

  /**
   * Establishes the session once per page load (handling a callback from the hosted login,
   * or asking it silently), and (re)arms background refresh and the focus listener. Safe to
   * call repeatedly, e.g. from a React effect that runs twice.
   */
  start(): Promise<void> {
    if (!this.#active) {
      this.#active = true
      if (typeof document !== 'undefined') {
        document.addEventListener('visibilitychange', this.#onFocus)
        window.addEventListener('focus', this.#onFocus)
      }
      this.#schedule()
    }
    this.#started ??= this.#initialize().catch((error: unknown) => {
      // The issuer could not be reached (discovery failed): signed out, with the reason.
      this.#forget(toGatehouseError(error))
    })
    return this.#started
  }

  /** Stops background work (timers, listeners) until the next `start()`; keeps the session. */
  pause(): void {
    this.#active = false
    this.#clearTimer()
    if (typeof document !== 'undefined') {
      document.removeEventListener('visibilitychange', this.#onFocus)
      window.removeEventListener('focus', this.#onFocus)
    }
  }

  /** Sends the browser to the hosted login. */
  async signIn(options: SignInOptions = {}): Promise<void> {
    await this.#authorize({ ...options, silent: false })
  }

  /** Signs in to another organization (slug or `org_...` id) through the hosted login. */
  async switchOrganization(organization: string): Promise<void> {
    if (typeof organization !== 'string' || organization === '') {
      throw new TypeError('organization must be a slug or an org_ id')
    }
    await this.#authorize({ organization, silent: false })
  }

  /**
   * Ends the session: revokes the refresh token, forgets every token, then (unless `localOnly`)
   * leaves through the hosted login's logout endpoint, which ends its cookie session too and
   * sends the browser back to `postLogoutRedirectUri`.
   */
  async signOut(options: SignOutOptions = {}): Promise<void> {
    const tokens = this.#tokens
    this.#tokens = null
    this.#clearTimer()
    // 'redirecting', not 'signedOut', while we leave: a signed-out state would make a
    // `requireAuth` provider start a sign-in that races the logout navigation.
    const leaving = !options.localOnly
    this.#setState({ status: leaving ? 'redirecting' : 'signedOut', accessToken: null, claims: null, error: null })
    let logout: URL | null = null
    try {
      const metadata = await this.#discover()
      if (tokens?.refreshToken && metadata.revocation_endpoint !== undefined) {
        try {
          const response = await oauth.revocationRequest(
            metadata,
            this.#client,
            oauth.None(),
            tokens.refreshToken,
            this.#requestOptions,
          )
          await oauth.processRevocationResponse(response)
        } catch {
          // The logout below ends the session on the server anyway; a failed revocation must
          // not keep the user signed in here.
        }
      }
      if (leaving && metadata.end_session_endpoint !== undefined) {
        logout = new URL(metadata.end_session_endpoint)
        logout.searchParams.set('client_id', this.publishableKey)
        logout.searchParams.set('post_logout_redirect_uri', this.postLogoutRedirectUri)
        if (tokens?.idToken) logout.searchParams.set('id_token_hint', tokens.idToken)
      }
    } finally {
      if (logout === null) {
        this.#setState({ status: 'signedOut', accessToken: null, claims: null, error: null })
      }
    }
    if (logout !== null) {
      // The page we land on must not ask the hosted login silently: the user just left.
      this.#storage.setItem(SIGNED_OUT_KEY, '1')
      this.#navigate(logout.href)
    }
  }

  /**
   * A valid access token, refreshed first if it is about to expire. Rejects with
   * `GatehouseError` (`signed_out`) when there is no session.
   */
  async getAccessToken(): Promise<string> {
    await this.start()
    if (this.#tokens !== null && this.#remainingShare(this.#tokens) > 0.1) {
      return this.#tokens.accessToken
    }
    if (this.#tokens !== null) await this.refresh()
    if (this.#tokens === null) throw new GatehouseError('signed_out', 'not signed in')
    return this.#tokens.accessToken
  }

  /** `fetch` with `Authorization: Bearer <access token>` attached. */
  fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const token = await this.getAccessToken()
    const headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined))
    headers.set('Authorization', `Bearer ${token}`)
    return this.#fetch(input, { ...init, headers })
  }

  /**
   * Exchanges the refresh token for new tokens now. Concurrent calls (from any number of
   * components, the timer and the focus listener) share one request: refresh tokens are
   * single-use, so two parallel refreshes would end the session.
   */
  refresh(): Promise<void> {
    this.#refreshing ??= this.#refreshOnce().finally(() => {
      this.#refreshing = null
    })
    return this.#refreshing
  }

  async #initialize(): Promise<void> {
    const url = new URL(this.#currentUrl())
    const transaction = this.#takeTransaction()
    if (this.#isCallback(url)) {
      await this.#handleCallback(url, transaction)
      return
    }
    if (this.#storage.getItem(SIGNED_OUT_KEY) !== null) {
      this.#storage.removeItem(SIGNED_OUT_KEY)
      this.#setState({ status: 'signedOut', accessToken: null, claims: null, error: null })
      return
    }
    if (this.#silentSignIn) {
      await this.#authorize({ silent: true })
      return
    }
    this.#setState({ status: 'signedOut', accessToken: null, claims: null, error: null })
  }

  #isCallback(url: URL): boolean {
    const redirect = new URL(this.redirectUri)
    return (
      url.origin === redirect.origin &&
      url.pathname === redirect.pathname &&
      url.searchParams.has('state') &&
      (url.searchParams.has('code') || url.searchParams.has('error'))
    )
  }

  async #handleCallback(url: URL, transaction: Transaction | null): Promise<void> {
    // The code is single-use and the URL is bookmarkable: drop the parameters at once.
    this.#replaceUrl(transaction?.returnTo ?? withoutCallbackParameters(url))
    if (transaction === null || url.searchParams.get('state') !== transaction.state) {
      this.#forget(new GatehouseError('invalid_state', 'the sign-in response does not belong to a sign-in this tab started'))
      return
    }
    try {
      const metadata = await this.#discover()
      const parameters = oauth.validateAuthResponse(metadata, this.#client, url, transaction.state)
      const response = await oauth.authorizationCodeGrantRequest(
        metadata,
        this.#client,
        oauth.None(),
        parameters,
        transaction.redirectUri,
        transaction.codeVerifier,
        this.#requestOptions,
      )
      const result = await oauth.processAuthorizationCodeResponse(metadata, this.#client, response, {
        expectedNonce: transaction.nonce,
        requireIdToken: true,
      })
      await this.#accept(result)
    } catch (error) {
      const failure = toGatehouseError(error)
      // A silent check that finds no hosted-login session is an ordinary signed-out page load.
      const quiet = transaction.silent && ['login_required', 'interaction_required', 'consent_required'].includes(failure.code)
      this.#forget(quiet ? null : failure)
    }
  }

  async #refreshOnce(): Promise<void> {
    const tokens = this.#tokens
    if (tokens === null || tokens.refreshToken === null) {
      if (tokens !== null) this.#forget(new GatehouseError('invalid_grant', 'the session cannot be refreshed'))
      return
    }
    try {
      const metadata = await this.#discover()
      const response = await oauth.refreshTokenGrantRequest(
        metadata,
        this.#client,
        oauth.None(),
        tokens.refreshToken,
        this.#requestOptions,
      )
      const result = await oauth.processRefreshTokenResponse(metadata, this.#client, response)
      if (this.#tokens !== tokens) return // signed out meanwhile
      await this.#accept(result, tokens)
      this.#retries = 0
    } catch (error) {
      if (this.#tokens !== tokens) return
      const failure = toGatehouseError(error)
      if (failure.code === 'invalid_grant' || error instanceof AuthError) {
        // The session is over (revoked, expired, or the refresh token was reused), or the
        // server issued a token we cannot trust: sign out here too.
        this.#forget(failure)
        return
      }
      // Network trouble or a 5xx: keep the session and try again shortly.
      this.#setState({ ...this.#state, error: failure })
      const delay = RETRY_DELAYS[Math.min(this.#retries, RETRY_DELAYS.length - 1)]
      this.#retries += 1
      this.#schedule(delay)
    }
  }

  /** Verifies a token response's access token with the core and makes it the session. */
  async #accept(result: oauth.TokenEndpointResponse, previous?: Tokens): Promise<void> {
    const claims = await this.#verifier.verify(result.access_token)
    const idClaims = oauth.getValidatedIdTokenClaims(result)
    if (idClaims !== undefined && idClaims.sub !== claims.sub) {
      throw new GatehouseError('invalid_response', 'the ID token and the access token name different users')
    }
    if (previous !== undefined && claims.sub !== previous.claims.sub) {
      throw new GatehouseError('invalid_response', 'a refresh returned a token for another user')
    }
    const lifetimeSeconds = typeof result.expires_in === 'number' && result.expires_in > 0
      ? result.expires_in
      : claims.exp - claims.iat
    this.#tokens = {
      accessToken: result.access_token,
      claims,
      // Refresh tokens rotate: each response carries the next one.
      refreshToken: result.refresh_token ?? previous?.refreshToken ?? null,
      idToken: result.id_token ?? previous?.idToken ?? null,
      receivedAt: Date.now(),
      lifetimeMs: Math.max(lifetimeSeconds, 1) * 1000,
    }
    this.#setState({ status: 'signedIn', accessToken: result.access_token, claims, error: null })
    this.#schedule()
  }

  async #authorize(options: SignInOptions & { silent: boolean }): Promise<void> {
    const metadata = await this.#discover()
    if (metadata.authorization_endpoint === undefined) {
      throw new GatehouseError('invalid_response', 'the issuer has no authorization endpoint')
    }
    const transaction: Transaction = {
      state: oauth.generateRandomState(),
      nonce: oauth.generateRandomNonce(),
      codeVerifier: oauth.generateRandomCodeVerifier(),
      redirectUri: this.redirectUri,
      returnTo: sameOriginPath(options.returnTo, this.#currentUrl()),
      silent: options.silent,
    }
    const url = new URL(metadata.authorization_endpoint)
    const parameters = url.searchParams
    parameters.set('response_type', 'code')
    parameters.set('client_id', this.publishableKey)
    parameters.set('redirect_uri', transaction.redirectUri)
    parameters.set('scope', SCOPE)
    parameters.set('state', transaction.state)
    parameters.set('nonce', transaction.nonce)
    parameters.set('code_challenge', await oauth.calculatePKCECodeChallenge(transaction.codeVerifier))
    parameters.set('code_challenge_method', 'S256')
    if (options.organization) parameters.set('organization', options.organization)
    if (options.loginHint) parameters.set('login_hint', options.loginHint)
    if (options.silent) parameters.set('prompt', 'none')
    else if (options.prompt) parameters.set('prompt', options.prompt)
    this.#storage.setItem(TRANSACTION_KEY, JSON.stringify(transaction))
    this.#setState({ ...this.#state, status: 'redirecting' })
    this.#navigate(url.href)
  }

  /** The pending sign-in transaction, removed from storage as it is read (single use). */
  #takeTransaction(): Transaction | null {
    const stored = this.#storage.getItem(TRANSACTION_KEY)
    this.#storage.removeItem(TRANSACTION_KEY)
    if (stored === null) return null
    try {
      const parsed = JSON.parse(stored) as Transaction
      return typeof parsed.state === 'string' && typeof parsed.codeVerifier === 'string' ? parsed : null
    } catch {
      return null
    }
  }

  #discover(): Promise<oauth.AuthorizationServer> {
    this.#metadata ??= (async () => {
      const issuer = new URL(this.project.issuer)
      const response = await oauth.discoveryRequest(issuer, { ...this.#requestOptions, algorithm: 'oidc' })
      // Checks that the document names exactly our issuer (OIDC Discovery §4.3).
      return oauth.processDiscoveryResponse(issuer, response)
    })()
    // A failed discovery is retried by the next caller rather than remembered.
    this.#metadata.catch(() => {
      this.#metadata = null
    })
    return this.#metadata
  }

  #forget(error: GatehouseError | null): void {
    this.#tokens = null
    this.#clearTimer()
    this.#setState({ status: 'signedOut', accessToken: null, claims: null, error })
  }

  #remainingShare(tokens: Tokens): number {
    return 1 - (Date.now() - tokens.receivedAt) / tokens.lifetimeMs
  }

  /** Arms the refresh timer: at 75 % of the lifetime, or after `delay` ms when given. */
  #schedule(delay?: number): void {
    this.#clearTimer()
    const tokens = this.#tokens
    if (!this.#active || tokens === null) return
    const due = delay ?? tokens.receivedAt + tokens.lifetimeMs * REFRESH_AT_LIFETIME_SHARE - Date.now()
    this.#timer = setTimeout(() => {
      this.#timer = null
      void this.refresh()
    }, Math.max(due, 0))
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer)
    this.#timer = null
  }

  /** Back on the tab: timers may have been throttled, so refresh if half the lifetime is gone. */
  #onFocus = (): void => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return
    const tokens = this.#tokens
    if (tokens !== null && this.#remainingShare(tokens) < REFRESH_ON_FOCUS_SHARE) void this.refresh()
  }

  #setState(state: SessionState): void {
    this.#state = state
    for (const listener of this.#listeners) listener()
  }
}

/** A path on this origin to return to; anything else (another origin) falls back to here. */
function sameOriginPath(returnTo: string | undefined, current: string): string {
  const here = new URL(current)
  const target = new URL(returnTo ?? withoutCallbackParameters(here), here)
  if (target.origin !== here.origin) return withoutCallbackParameters(here)
  return `${target.pathname}${target.search}${target.hash}`
}

function withoutCallbackParameters(url: URL): string {
  const clean = new URL(url)
  for (const name of ['code', 'state', 'error', 'error_description', 'error_uri', 'iss', 'session_state']) {
    clean.searchParams.delete(name)
  }
  return `${clean.pathname}${clean.search}${clean.hash}`
}

function toGatehouseError(error: unknown): GatehouseError {
  if (error instanceof GatehouseError) return error
  if (error instanceof AuthError) {
    return new GatehouseError(error.code, `the server issued an access token that failed verification: ${error.message}`, { cause: error })
  }
  if (error instanceof oauth.AuthorizationResponseError || error instanceof oauth.ResponseBodyError) {
    return new GatehouseError(error.error, error.error_description ?? error.error, { cause: error })
  }
  if (error instanceof oauth.OperationProcessingError && error.cause instanceof Response && error.cause.status >= 500) {
    return new GatehouseError('server_error', `the server answered ${error.cause.status}`, { cause: error })
  }
  if (error instanceof oauth.OperationProcessingError || error instanceof oauth.UnsupportedOperationError) {
    return new GatehouseError('invalid_response', error.message, { cause: error })
  }
  return new GatehouseError('network_error', error instanceof Error ? error.message : String(error), { cause: error })
}
