// panva `oidc-provider` on loopback, configured like a Gatehouse project so that bench/run can
// load the endpoints both have with the same tool and driver:
//
//   node bench/peers/oidc-provider/server.mjs PORT EMAIL PASSWORD
//
// - discovery and JWKS, with an Ed25519 signing key (Gatehouse's default algorithm) and a
//   P-256 one, generated at start;
// - a public client `bench` (PKCE required, like Gatehouse) allowed the authorization-code and
//   refresh-token grants; refresh tokens rotate on every use (public client), like Gatehouse;
// - access tokens are JWTs signed with EdDSA (through a default resource indicator), like
//   Gatehouse's, rather than the opaque tokens oidc-provider issues by default;
// - one account whose password is checked with argon2id at Gatehouse's parameters (19 MiB,
//   t=2, p=1) on the hosted login page (`/interaction/:uid`), so a login costs the same hash.
//
// oidc-provider has no password grant (OAuth 2.1 drops it) and no user store: the login page
// and the account are this file's. It keeps grants, codes and tokens in its built-in memory
// adapter, which its documentation says is for development only; a deployment adds a database
// or Redis adapter, so its numbers here are an upper bound for its token endpoint. Prints
// "ready" on stdout once it listens.
import { generateKeyPairSync } from 'node:crypto'
import { createServer } from 'node:http'

import { Algorithm, hash, verify } from '@node-rs/argon2'
import Provider from 'oidc-provider'

const [port, email, password] = process.argv.slice(2)
if (!port || !email || !password) {
  console.error('usage: server.mjs PORT EMAIL PASSWORD')
  process.exit(2)
}
const issuer = `http://127.0.0.1:${port}`
const ARGON2 = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 }
const ACCOUNT_ID = 'user_bench'
const passwordHash = await hash(password, ARGON2)
const RESOURCE = 'https://api.bench.example'
const SCOPES = 'openid offline_access'

function jwk(type, options, kid, alg) {
  const { privateKey } = generateKeyPairSync(type, options)
  return { ...privateKey.export({ format: 'jwk' }), kid, alg, use: 'sig' }
}

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'bench',
      token_endpoint_auth_method: 'none',
      redirect_uris: ['http://127.0.0.1/callback'],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      id_token_signed_response_alg: 'EdDSA',
    },
  ],
  jwks: {
    keys: [
      jwk('ed25519', {}, 'bench-ed25519', 'EdDSA'),
      jwk('ec', { namedCurve: 'P-256' }, 'bench-p256', 'ES256'),
    ],
  },
  cookies: { keys: ['gatehouse-bench-cookie-signing-key'] },
  scopes: ['openid', 'offline_access'],
  claims: { openid: ['sub'] },
  features: {
    devInteractions: { enabled: false },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: SCOPES,
        audience: RESOURCE,
        accessTokenTTL: 300,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'EdDSA' } },
      }),
    },
  },
  ttl: { AccessToken: 300, AuthorizationCode: 60, IdToken: 300, RefreshToken: 30 * 24 * 3600 },
  issueRefreshToken: () => true,
  findAccount: (_ctx, sub) =>
    sub === ACCOUNT_ID ? { accountId: sub, claims: () => ({ sub }) } : undefined,
})

function form(uid, error) {
  return `<!doctype html><title>Sign in</title>${error ? `<p>${error}</p>` : ''}
<form method="post" action="/interaction/${uid}">
<input name="email" type="email"><input name="password" type="password">
<button>Sign in</button></form>`
}

async function readForm(req) {
  let body = ''
  for await (const chunk of req) {
    body += chunk
    if (body.length > 16384) throw new Error('form too large')
  }
  return new URLSearchParams(body)
}

// The hosted login page: what an application built on oidc-provider writes itself.
async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res)
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(form(details.uid))
    return
  }
  const fields = await readForm(req)
  const ok = fields.get('email') === email && (await verify(passwordHash, fields.get('password') ?? ''))
  if (!ok) {
    res.writeHead(401, { 'content-type': 'text/html; charset=utf-8' })
    res.end(form(details.uid, 'wrong email or password'))
    return
  }
  // Consent is implicit for a first-party application, as in Gatehouse's hosted login.
  const grant = new provider.Grant({ accountId: ACCOUNT_ID, clientId: details.params.client_id })
  grant.addOIDCScope(SCOPES)
  grant.addResourceScope(RESOURCE, SCOPES)
  const grantId = await grant.save()
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: ACCOUNT_ID }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  )
}

const callback = provider.callback()
createServer((req, res) => {
  if (req.url.startsWith('/interaction/')) {
    interaction(req, res).catch((error) => {
      res.writeHead(400, { 'content-type': 'text/plain' })
      res.end(String(error.message))
    })
    return
  }
  callback(req, res)
}).listen(Number(port), '127.0.0.1', () => console.log('ready'))
