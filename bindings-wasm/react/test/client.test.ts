// The session state machine of GatehouseClient, page load by page load, against the in-process
// authorization server (test/support): real PKCE, real EdDSA tokens verified by the WebAssembly
// core, and a fake clock (vitest timers) to walk through refreshes without waiting.
import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'

import { GatehouseClient } from '../src/index.js'
import { AuthorizationServer, ISSUER, MemoryStorage, PUBLISHABLE_KEY, REDIRECT_URI } from './support/authorization-server.js'

/** One browser tab: its address bar, its sessionStorage, where it was sent. */
class Tab {
  url = REDIRECT_URI
  storage = new MemoryStorage()
  navigations: string[] = []
  /** Headers of the requests the app sent to its own API (http://localhost:3000). */
  apiRequests: Headers[] = []
  client!: GatehouseClient

  constructor(readonly server: AuthorizationServer) {}

  /** A page load at `url`: a fresh client, as after a navigation. */
  async load(url: string, options: { silentSignIn?: boolean } = {}): Promise<GatehouseClient> {
    this.client?.pause()
    this.url = url
    this.client = new GatehouseClient({
      publishableKey: PUBLISHABLE_KEY,
      redirectUri: REDIRECT_URI,
      fetch: async (input, init) => {
        if (String(input).startsWith('http://localhost:3000/')) {
          this.apiRequests.push(new Headers(init?.headers))
          return new Response('{}', { status: 200 })
        }
        return this.server.fetch(input, init)
      },
      navigate: (target) => this.navigations.push(target),
      currentUrl: () => this.url,
      replaceUrl: (target) => {
        this.url = new URL(target, this.url).href
      },
      storage: this.storage,
      ...options,
    })
    await this.client.start()
    return this.client
  }

  get lastNavigation(): URL {
    return new URL(this.navigations[this.navigations.length - 1])
  }

  /** Loads the app, follows the silent authorization and comes back signed in. */
  async signIn(organization?: string): Promise<GatehouseClient> {
    await this.load(`${REDIRECT_URI}invoices?page=2`)
    if (organization !== undefined) await this.client.switchOrganization(organization)
    return this.load(this.server.authorize(this.lastNavigation.href))
  }
}

let server: AuthorizationServer
let tab: Tab

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  vi.setSystemTime(new Date('2026-11-26T12:00:00Z'))
  server = await AuthorizationServer.start()
  tab = new Tab(server)
})

/** Waits (letting fake time creep by 10 ms a check) until the async work behind `check` is done. */
async function eventually(check: () => void): Promise<void> {
  await vi.waitFor(check, { timeout: 5_000, interval: 10 })
}

afterEach(() => {
  tab.client?.pause()
  vi.useRealTimers()
})

describe('signing in', () => {
  test('a page load without a session asks the hosted login silently, with PKCE S256', async () => {
    const client = await tab.load(REDIRECT_URI)
    expect(client.getState().status).toBe('redirecting')
    const authorize = tab.lastNavigation
    expect(authorize.origin + authorize.pathname).toBe(`${ISSUER}/oauth/authorize`)
    const parameters = Object.fromEntries(authorize.searchParams)
    expect(parameters).toMatchObject({
      response_type: 'code',
      client_id: PUBLISHABLE_KEY,
      redirect_uri: REDIRECT_URI,
      scope: 'openid profile email offline_access',
      code_challenge_method: 'S256',
      prompt: 'none',
    })
    expect(parameters.state.length).toBeGreaterThanOrEqual(32)
    expect(parameters.nonce.length).toBeGreaterThanOrEqual(32)
    expect(parameters.state).not.toBe(parameters.nonce)
    // Only the transaction is stored, and its verifier matches the challenge.
    const stored = JSON.parse(tab.storage.getItem('gatehouse.transaction') ?? '{}')
    expect(createHash('sha256').update(stored.codeVerifier).digest('base64url')).toBe(parameters.code_challenge)
  })

  test('the callback exchanges the code, verifies the token and restores the address', async () => {
    const client = await tab.signIn()
    const state = client.getState()
    expect(state.status).toBe('signedIn')
    expect(state.error).toBeNull()
    expect(state.claims?.org).toEqual({ id: 'org_acme', slug: 'acme', name: 'Acme Inc.' })
    expect(state.claims?.user?.email).toBe('demo@acme.test')
    expect(tab.url).toBe(`${REDIRECT_URI}invoices?page=2`)
    const [exchange] = server.calls('/oauth/token')
    expect(exchange.body.get('grant_type')).toBe('authorization_code')
    expect(exchange.body.get('client_id')).toBe(PUBLISHABLE_KEY)
    expect(exchange.body.get('redirect_uri')).toBe(REDIRECT_URI)
    expect(exchange.body.has('client_secret')).toBe(false)
    expect(tab.storage.getItem('gatehouse.transaction')).toBeNull()
    expect(await client.getAccessToken()).toBe(state.accessToken)
  })

  test('a callback this tab did not start is refused without a token request', async () => {
    await tab.load(REDIRECT_URI)
    const callback = new URL(server.authorize(tab.lastNavigation.href))
    callback.searchParams.set('state', 'forged-state-value-of-an-attacker')
    const client = await tab.load(callback.href)
    expect(client.getState().status).toBe('signedOut')
    expect(client.getState().error?.code).toBe('invalid_state')
    expect(server.calls('/oauth/token')).toHaveLength(0)
    expect(tab.url).not.toContain('code=')
  })

  test('a callback replayed in a tab without its transaction is refused', async () => {
    await tab.load(REDIRECT_URI)
    const callback = server.authorize(tab.lastNavigation.href)
    const other = new Tab(server)
    const client = await other.load(callback)
    expect(client.getState().error?.code).toBe('invalid_state')
    expect(server.calls('/oauth/token')).toHaveLength(0)
  })

  test('an ID token with another nonce is refused', async () => {
    server.idTokenNonce = 'not-the-nonce-we-sent'
    const client = await tab.signIn()
    expect(client.getState().status).toBe('signedOut')
    expect(client.getState().error?.code).toBe('invalid_response')
    expect(client.getState().accessToken).toBeNull()
  })

  test('an access token the core refuses is never trusted', async () => {
    server.forgeAccessTokens = true
    const client = await tab.signIn()
    expect(client.getState().status).toBe('signedOut')
    expect(client.getState().error?.code).toBe('invalid_signature')
  })

  test('login_required from a silent check is an ordinary signed-out load', async () => {
    await tab.load(REDIRECT_URI)
    const client = await tab.load(server.authorize(tab.lastNavigation.href, { error: 'login_required' }))
    expect(client.getState()).toMatchObject({ status: 'signedOut', error: null })
    expect(tab.navigations).toHaveLength(1)
  })

  test('an explicit sign-in that the user cancels reports access_denied', async () => {
    await tab.load(REDIRECT_URI, { silentSignIn: false })
    expect(tab.client.getState().status).toBe('signedOut')
    expect(tab.navigations).toHaveLength(0)
    await tab.client.signIn({ loginHint: 'demo@acme.test', prompt: 'login' })
    expect(tab.lastNavigation.searchParams.get('login_hint')).toBe('demo@acme.test')
    expect(tab.lastNavigation.searchParams.get('prompt')).toBe('login')
    const client = await tab.load(server.authorize(tab.lastNavigation.href, { error: 'access_denied' }))
    expect(client.getState().error?.code).toBe('access_denied')
  })

  test('switching organization signs in to the one asked for', async () => {
    const client = await tab.signIn()
    await client.switchOrganization('globex')
    expect(tab.lastNavigation.searchParams.get('organization')).toBe('globex')
    expect(tab.lastNavigation.searchParams.has('prompt')).toBe(false)
    const switched = await tab.load(server.authorize(tab.lastNavigation.href))
    expect(switched.getState().claims?.org.name).toBe('Globex')
  })
})

describe('keeping the session', () => {
  test('the token is refreshed in the background before it expires', async () => {
    const client = await tab.signIn()
    const first = client.getState().accessToken
    await vi.advanceTimersByTimeAsync(44_000)
    expect(server.calls('/oauth/token')).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(2_000)
    await eventually(() => expect(client.getState().accessToken).not.toBe(first))
    expect(server.calls('/oauth/token')).toHaveLength(2)
    const refresh = server.calls('/oauth/token')[1]
    expect(refresh.body.get('grant_type')).toBe('refresh_token')
    expect(client.getState().status).toBe('signedIn')
    // and again, a lifetime later, with the rotated refresh token
    await vi.advanceTimersByTimeAsync(46_000)
    await eventually(() => expect(server.calls('/oauth/token')).toHaveLength(3))
    expect(server.calls('/oauth/token')[2].body.get('refresh_token')).not.toBe(refresh.body.get('refresh_token'))
    expect(tab.navigations).toHaveLength(1)
  })

  test('concurrent refreshes share one request', async () => {
    const client = await tab.signIn()
    await Promise.all([client.refresh(), client.refresh(), client.refresh()])
    expect(server.calls('/oauth/token')).toHaveLength(2)
    expect(client.getState().status).toBe('signedIn')
  })

  test('getAccessToken refreshes a token that is about to expire', async () => {
    const client = await tab.signIn()
    client.pause()
    await vi.advanceTimersByTimeAsync(58_000)
    const [a, b] = await Promise.all([client.getAccessToken(), client.getAccessToken()])
    expect(a).toBe(b)
    expect(server.calls('/oauth/token')).toHaveLength(2)
  })

  test('invalid_grant signs out cleanly', async () => {
    const client = await tab.signIn()
    // The session was revoked on the server (or its refresh token reused elsewhere).
    server.endSessions()
    await vi.advanceTimersByTimeAsync(46_000)
    await eventually(() => expect(client.getState().status).toBe('signedOut'))
    expect(server.calls('/oauth/token')).toHaveLength(2)
    expect(client.getState()).toMatchObject({ status: 'signedOut', accessToken: null, claims: null })
    expect(client.getState().error?.code).toBe('invalid_grant')
    await vi.advanceTimersByTimeAsync(120_000)
    expect(server.calls('/oauth/token')).toHaveLength(2)
    await expect(client.getAccessToken()).rejects.toMatchObject({ code: 'signed_out' })
  })

  test('a network failure keeps the session and retries', async () => {
    const client = await tab.signIn()
    server.failNextToken = 'network'
    await vi.advanceTimersByTimeAsync(46_000)
    await eventually(() => expect(client.getState().error?.code).toBe('network_error'))
    expect(client.getState().status).toBe('signedIn')
    server.failNextToken = 'unavailable'
    await vi.advanceTimersByTimeAsync(2_000)
    await eventually(() => expect(client.getState().error?.code).toBe('server_error'))
    await vi.advanceTimersByTimeAsync(5_000)
    await eventually(() => expect(client.getState()).toMatchObject({ status: 'signedIn', error: null }))
    expect(server.calls('/oauth/token')).toHaveLength(4)
  })

  test('coming back to the tab refreshes a token past half its life', async () => {
    const client = await tab.signIn()
    client.pause()
    await client.start()
    await vi.advanceTimersByTimeAsync(20_000)
    window.dispatchEvent(new Event('focus'))
    await vi.advanceTimersByTimeAsync(0)
    expect(server.calls('/oauth/token')).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(11_000)
    window.dispatchEvent(new Event('focus'))
    await eventually(() => expect(server.calls('/oauth/token')).toHaveLength(2))
    expect(client.getState().status).toBe('signedIn')
  })

  test('the fetch helper attaches the bearer token', async () => {
    const client = await tab.signIn()
    const response = await client.fetch('http://localhost:3000/me', { headers: { Accept: 'application/json' } })
    expect(response.status).toBe(200)
    const [call] = tab.apiRequests
    expect(call.get('Authorization')).toBe(`Bearer ${client.getState().accessToken}`)
    expect(call.get('Accept')).toBe('application/json')
  })
})

describe('signing out', () => {
  test('revokes the refresh token, forgets the tokens and leaves through the logout endpoint', async () => {
    const client = await tab.signIn()
    await client.signOut()
    expect(server.revoked).toHaveLength(1)
    expect(server.revoked[0]).toMatch(/^ghr_/)
    expect(client.getState()).toMatchObject({ status: 'redirecting', accessToken: null, claims: null })
    const logout = tab.lastNavigation
    expect(logout.origin + logout.pathname).toBe(`${ISSUER}/oauth/logout`)
    expect(logout.searchParams.get('client_id')).toBe(PUBLISHABLE_KEY)
    expect(logout.searchParams.get('post_logout_redirect_uri')).toBe(REDIRECT_URI)
    expect(logout.searchParams.get('id_token_hint')).toMatch(/^ey/)
    // No refresh happens after sign-out.
    await vi.advanceTimersByTimeAsync(120_000)
    expect(server.calls('/oauth/token')).toHaveLength(1)
    // Landing back: signed out, without asking the hosted login again.
    const landed = await tab.load(REDIRECT_URI)
    expect(landed.getState()).toMatchObject({ status: 'signedOut', error: null })
    expect(tab.navigations).toHaveLength(2)
    await expect(landed.getAccessToken()).rejects.toMatchObject({ code: 'signed_out' })
  })
})
