/**
 * An in-process OAuth 2.1 / OpenID Provider speaking the Gatehouse contract, reached through the
 * `fetch` the client is given. It signs real EdDSA tokens (jose) that the WebAssembly core
 * verifies, checks PKCE, rotates refresh tokens and answers `invalid_grant` for a reused one,
 * and can be told to fail. It stands in for the server only in these unit tests; the end-to-end
 * test (examples/react-app) runs the same client against a real `gatehouse dev`.
 */
import { createHash, randomBytes } from 'node:crypto'
import { SignJWT, exportJWK, generateKeyPair } from 'jose'
import type { CryptoKey, JWK } from 'jose'

export const PROJECT = 'proj_0000000000000000000000000a'
export const ISSUER = `http://127.0.0.1:8080/p/${PROJECT}`
export const PUBLISHABLE_KEY = `pk_test_${Buffer.from(`${ISSUER}#${PROJECT}`).toString('base64url')}`
export const REDIRECT_URI = 'http://localhost:5173/'

interface Grant {
  challenge: string
  redirectUri: string
  nonce: string
  organization: string
}

export interface Request {
  method: string
  url: string
  body: URLSearchParams
}

const ORGANIZATIONS: Record<string, { id: string; slug: string; name: string }> = {
  acme: { id: 'org_acme', slug: 'acme', name: 'Acme Inc.' },
  globex: { id: 'org_globex', slug: 'globex', name: 'Globex' },
}

export class AuthorizationServer {
  requests: Request[] = []
  /** Seconds an access token lives. */
  lifetime = 60
  /** When set, the next token request fails this way. */
  failNextToken: 'network' | 'unavailable' | null = null
  /** Issue access tokens signed with another key (that the JWKS does not hold under our kid). */
  forgeAccessTokens = false
  /** Overrides the nonce put into ID tokens. */
  idTokenNonce: string | null = null
  revoked: string[] = []

  #key!: CryptoKey
  #forgeryKey!: CryptoKey
  #jwk!: JWK
  #grants = new Map<string, Grant>()
  #refreshTokens = new Map<string, { organization: string; used: boolean }>()
  #counter = 0

  static async start(): Promise<AuthorizationServer> {
    const server = new AuthorizationServer()
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' })
    server.#key = privateKey
    server.#forgeryKey = (await generateKeyPair('EdDSA', { crv: 'Ed25519' })).privateKey
    server.#jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'EdDSA', use: 'sig' }
    return server
  }

  /** Ends every session: their refresh tokens answer invalid_grant from now on. */
  endSessions(): void {
    for (const session of this.#refreshTokens.values()) session.used = true
  }

  /** Requests to one endpoint path (after the issuer). */
  calls(path: string): Request[] {
    return this.requests.filter((request) => new URL(request.url).pathname.endsWith(path))
  }

  /**
   * The hosted login: given the URL the client navigated to, checks it and answers with the
   * callback URL the browser would be sent back to (a code, or an error).
   */
  authorize(authorizeUrl: string, answer: { error?: string } = {}): string {
    const url = new URL(authorizeUrl)
    const parameters = url.searchParams
    const redirect = new URL(parameters.get('redirect_uri') ?? '')
    redirect.searchParams.set('state', parameters.get('state') ?? '')
    redirect.searchParams.set('iss', ISSUER)
    if (answer.error) {
      redirect.searchParams.set('error', answer.error)
      return redirect.href
    }
    if (parameters.get('code_challenge_method') !== 'S256' || !parameters.get('code_challenge')) {
      throw new Error('PKCE S256 is mandatory')
    }
    const code = `code_${++this.#counter}`
    this.#grants.set(code, {
      challenge: parameters.get('code_challenge') ?? '',
      redirectUri: parameters.get('redirect_uri') ?? '',
      nonce: parameters.get('nonce') ?? '',
      organization: parameters.get('organization') ?? 'acme',
    })
    redirect.searchParams.set('code', code)
    return redirect.href
  }

  fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const method = init.method ?? 'GET'
    const body = new URLSearchParams(typeof init.body === 'string' ? init.body : init.body instanceof URLSearchParams ? init.body : '')
    this.requests.push({ method, url: url.href, body })
    const path = url.pathname.slice(new URL(ISSUER).pathname.length)
    if (url.origin !== new URL(ISSUER).origin) throw new TypeError(`fetch failed: ${url.href}`)
    switch (`${method} ${path}`) {
      case 'GET /.well-known/openid-configuration':
        return json(200, {
          issuer: ISSUER,
          authorization_endpoint: `${ISSUER}/oauth/authorize`,
          token_endpoint: `${ISSUER}/oauth/token`,
          userinfo_endpoint: `${ISSUER}/oauth/userinfo`,
          end_session_endpoint: `${ISSUER}/oauth/logout`,
          revocation_endpoint: `${ISSUER}/oauth/revoke`,
          jwks_uri: `${ISSUER}/.well-known/jwks.json`,
          response_types_supported: ['code'],
          code_challenge_methods_supported: ['S256'],
          id_token_signing_alg_values_supported: ['EdDSA', 'ES256'],
        })
      case 'GET /.well-known/jwks.json':
        return json(200, { keys: [this.#jwk] }, { 'Cache-Control': 'public, max-age=300' })
      case 'POST /oauth/token':
        return this.#token(body)
      case 'POST /oauth/revoke':
        this.revoked.push(body.get('token') ?? '')
        return new Response(null, { status: 200 })
      default:
        return json(404, { error: 'not_found' })
    }
  }

  async #token(body: URLSearchParams): Promise<Response> {
    const failure = this.failNextToken
    this.failNextToken = null
    if (failure === 'network') throw new TypeError('fetch failed')
    if (failure === 'unavailable') return json(503, { error: 'temporarily_unavailable' })
    if (body.get('client_id') !== PUBLISHABLE_KEY) return json(401, { error: 'invalid_client' })
    if (body.get('grant_type') === 'authorization_code') {
      const grant = this.#grants.get(body.get('code') ?? '')
      this.#grants.delete(body.get('code') ?? '')
      const verifier = body.get('code_verifier') ?? ''
      const challenge = createHash('sha256').update(verifier).digest('base64url')
      if (grant === undefined || grant.challenge !== challenge || grant.redirectUri !== body.get('redirect_uri')) {
        return json(400, { error: 'invalid_grant' })
      }
      return this.#issue(grant.organization, this.idTokenNonce ?? grant.nonce)
    }
    if (body.get('grant_type') === 'refresh_token') {
      const session = this.#refreshTokens.get(body.get('refresh_token') ?? '')
      if (session === undefined || session.used) return json(400, { error: 'invalid_grant' })
      session.used = true
      return this.#issue(session.organization, null)
    }
    return json(400, { error: 'unsupported_grant_type' })
  }

  async #issue(organization: string, nonce: string | null): Promise<Response> {
    const org = ORGANIZATIONS[organization] ?? ORGANIZATIONS.acme
    const now = Math.floor(Date.now() / 1000)
    const sub = `user_${org.slug}`
    const accessToken = await new SignJWT({
      org,
      user: { id: sub, email: `demo@${org.slug}.test`, email_verified: true, name: 'Demo User' },
      roles: ['owner'],
      actions: ['invoices.read', 'invoices.write'],
      sid: 'sess_1',
      jti: `tok_${++this.#counter}`,
    })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid: 'k1' })
      .setIssuer(ISSUER)
      .setSubject(sub)
      .setAudience(PROJECT)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(now + this.lifetime)
      .sign(this.forgeAccessTokens ? this.#forgeryKey : this.#key)
    const idToken = await new SignJWT({ ...(nonce === null ? {} : { nonce }), email: `demo@${org.slug}.test` })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: 'k1' })
      .setIssuer(ISSUER)
      .setSubject(sub)
      .setAudience(PUBLISHABLE_KEY)
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .sign(this.#key)
    const refreshToken = `ghr_${randomBytes(16).toString('hex')}`
    this.#refreshTokens.set(refreshToken, { organization: org.slug, used: false })
    return json(200, {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: this.lifetime,
      refresh_token: refreshToken,
      id_token: idToken,
      scope: 'openid profile email offline_access',
    })
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

/** `sessionStorage` for one simulated tab. */
export class MemoryStorage {
  #items = new Map<string, string>()
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value)
  }
  removeItem(key: string): void {
    this.#items.delete(key)
  }
}
