// The Express integration against a real `gatehouse dev` server: real tokens from the password
// login, real API keys, and the exact 401/403/503 answers.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'

import express from 'express'

import {
  ACCESS_TOKEN_COOKIE,
  API_KEY_PREFIX,
  Gatehouse,
  Jwks,
  forbidden,
  isWellFormedApiKey,
  verifyAccessToken,
} from '@gatehouse/node'
import { authErrorHandler, requireAuth, requirePermission } from '@gatehouse/node/express'

import { createProject, startGatehouseDev } from './support/gatehouse-dev.mjs'

let server
let dev
let backend
let token
const apps = []

/** An Express app protected by requireAuth, listening on 127.0.0.1; resolves to its URL. */
async function serve(options) {
  const app = express()
  app.get('/healthz', (req, res) => res.json({ ok: true }))
  app.use(requireAuth(options))
  app.get('/whoami', (req, res) => {
    const auth = req.auth
    res.json({
      kind: auth.kind,
      organizationId: auth.organizationId,
      userId: auth.userId,
      apiKeyId: auth.apiKeyId,
      credentials: auth.credentials,
      email: auth.claims?.user?.email ?? null,
      canWrite: auth.hasPermission('invoices.write'),
      isOwner: auth.hasRole('owner'),
      isImpersonated: auth.isImpersonated,
    })
  })
  app.post('/invoices', requirePermission('invoices.write'), (req, res) => {
    res.status(201).json({ created: true, organizationId: req.auth.organizationId })
  })
  app.get('/reports', async () => {
    await Promise.resolve()
    throw forbidden('reports.read')
  })
  app.use(authErrorHandler())
  const listening = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => listening.once('listening', resolve))
  apps.push(listening)
  return `http://127.0.0.1:${listening.address().port}`
}

const bearer = (credential) => ({ Authorization: `Bearer ${credential}` })

async function assertRefused(response, status, code) {
  const text = await response.text()
  assert.equal(response.status, status, text)
  const body = JSON.parse(text)
  assert.equal(body.code, code)
  assert.equal(body.error, status === 403 ? 'forbidden' : status === 503 ? 'unavailable' : 'unauthorized')
  assert.ok(typeof body.message === 'string' && body.message.length > 0)
  assert.equal(response.headers.get('content-type'), 'application/json')
  const challenge = response.headers.get('www-authenticate')
  if (code === 'missing_token') {
    assert.equal(challenge, 'Bearer')
  } else if (status === 403) {
    assert.ok(challenge.startsWith('Bearer error="insufficient_scope", error_description="'), challenge)
  } else if (status === 503) {
    assert.equal(challenge, null)
  } else {
    assert.ok(challenge.startsWith('Bearer error="invalid_token", error_description="'), challenge)
  }
}

let url

before(async () => {
  server = await startGatehouseDev()
  dev = server.dev
  backend = server.backend
  token = await backend.demoToken()
  url = await serve({ publishableKey: dev.publishable_key, secretKey: dev.secret_key })
})

after(async () => {
  await Promise.all(apps.map((app) => new Promise((resolve) => app.close(resolve))))
  await server?.stop()
})

test('a valid token answers with its organization and user', async () => {
  const response = await fetch(`${url}/whoami`, { headers: bearer(token) })
  assert.equal(response.status, 200)
  const body = await response.json()
  assert.equal(body.kind, 'access_token')
  assert.equal(body.organizationId, dev.demo_organization_id)
  assert.match(body.userId, /^user_/)
  assert.equal(body.apiKeyId, null)
  assert.equal(body.credentials, token)
  assert.equal(body.email, dev.demo_user_email)
  assert.equal(body.isOwner, true)
  assert.equal(body.canWrite, false)
  assert.equal(body.isImpersonated, false)
})

test('the access-token cookie is accepted', async () => {
  const response = await fetch(`${url}/whoami`, {
    headers: { Cookie: `theme=dark; ${ACCESS_TOKEN_COOKIE}=${token}` },
  })
  assert.equal(response.status, 200)
  assert.equal((await response.json()).organizationId, dev.demo_organization_id)
})

test('a missing credential is 401 missing_token with a bare challenge', async () => {
  await assertRefused(await fetch(`${url}/whoami`), 401, 'missing_token')
  await assertRefused(
    await fetch(`${url}/whoami`, { headers: { Authorization: 'Basic dXNlcjpwYXNz' } }),
    401,
    'missing_token',
  )
})

test('routes before the middleware and CORS preflights need no credential', async () => {
  assert.equal((await fetch(`${url}/healthz`)).status, 200)
  const preflight = { Origin: 'https://app.example', 'Access-Control-Request-Method': 'POST' }
  assert.equal((await fetch(`${url}/whoami`, { method: 'OPTIONS', headers: preflight })).status, 200)
  assert.equal((await fetch(`${url}/invoices`, { method: 'OPTIONS', headers: preflight })).status, 200)
})

test('an OPTIONS request without preflight headers is authenticated', async () => {
  await assertRefused(await fetch(`${url}/whoami`, { method: 'OPTIONS' }), 401, 'missing_token')
  await assertRefused(
    await fetch(`${url}/whoami`, { method: 'OPTIONS', headers: { Origin: 'https://app.example' } }),
    401,
    'missing_token',
  )
})

test('the cookie counts only for safe methods (CSRF)', async () => {
  const cookie = { Cookie: `${ACCESS_TOKEN_COOKIE}=${token}` }
  assert.equal((await fetch(`${url}/whoami`, { headers: cookie })).status, 200)
  await assertRefused(await fetch(`${url}/invoices`, { method: 'POST', headers: cookie }), 401, 'missing_token')
})

test('a tampered token is 401 invalid_signature', async () => {
  const [head, payload, signature] = token.split('.')
  const middle = Math.floor(signature.length / 2)
  const flipped = signature[middle] === 'A' ? 'B' : 'A'
  const forgedSignature = signature.slice(0, middle) + flipped + signature.slice(middle + 1)
  await assertRefused(
    await fetch(`${url}/whoami`, { headers: bearer(`${head}.${payload}.${forgedSignature}`) }),
    401,
    'invalid_signature',
  )

  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString())
  claims.org.id = 'org_someone_else'
  const forgedPayload = Buffer.from(JSON.stringify(claims)).toString('base64url')
  await assertRefused(
    await fetch(`${url}/whoami`, { headers: bearer(`${head}.${forgedPayload}.${signature}`) }),
    401,
    'invalid_signature',
  )
})

test('a garbage token is 401 malformed_token', async () => {
  await assertRefused(await fetch(`${url}/whoami`, { headers: bearer('not-a-jwt') }), 401, 'malformed_token')
})

test('an expired token is refused with token_expired', async () => {
  // The server's shortest token lifetime is 60 s; rather than wait for it, verify the real
  // token against the real JWKS at a time past its expiry (the leeway is 30 s).
  const jwks = new Jwks(await (await fetch(`${dev.issuer}/.well-known/jwks.json`)).json())
  const { exp } = verifyAccessToken(token, { jwks, issuer: dev.issuer, audience: dev.project_id })
  const options = { jwks, issuer: dev.issuer, audience: dev.project_id }
  assert.equal(verifyAccessToken(token, { ...options, now: exp + 29 }).exp, exp)
  assert.throws(() => verifyAccessToken(token, { ...options, now: exp + 30 }), { code: 'token_expired' })
  assert.throws(() => verifyAccessToken(token, { ...options, now: exp, leeway: 0 }), {
    code: 'token_expired',
    status: 401,
  })
})

test('a real token past its expiry is refused by the middleware', async () => {
  // A real 60-second token (the server's shortest lifetime), checked by middleware with no
  // leeway, once before and once just after its exp: one bounded wait, no mocked clock.
  const lifetime = async (seconds) => {
    const response = await backend.request('PATCH', '/v1/project', { access_token_lifetime_seconds: seconds })
    assert.equal(response.status, 200, await response.text())
  }
  await lifetime(60)
  let short
  try {
    short = await backend.demoToken()
  } finally {
    await lifetime(300)
  }
  const strict = await serve({ publishableKey: dev.publishable_key, leeway: 0 })
  const { exp } = JSON.parse(Buffer.from(short.split('.')[1], 'base64url').toString())
  assert.equal((await fetch(`${strict}/whoami`, { headers: bearer(short) })).status, 200)
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, exp * 1000 - Date.now()) + 1_100))
  await assertRefused(await fetch(`${strict}/whoami`, { headers: bearer(short) }), 401, 'token_expired')
})

test('a token of another project is 401 unknown_key', async () => {
  const other = await createProject(dev, server.dataDir, 'Other product')
  const otherUrl = await serve({ publishableKey: other.publishable_key })
  await assertRefused(await fetch(`${otherUrl}/whoami`, { headers: bearer(token) }), 401, 'unknown_key')
})

test('a missing permission is 403 forbidden', async () => {
  await assertRefused(
    await fetch(`${url}/invoices`, { method: 'POST', headers: bearer(token) }),
    403,
    'forbidden',
  )
})

test('an AuthError thrown by an async handler answers like a refusal', async () => {
  await assertRefused(await fetch(`${url}/reports`, { headers: bearer(token) }), 403, 'forbidden')
})

test('a granted permission passes requirePermission', async () => {
  await backend.create('/v1/actions', { name: 'invoices.write', description: 'Create invoices' })
  await backend.create('/v1/roles', { key: 'billing', name: 'Billing', actions: ['invoices.write'] })
  const email = 'billing@acme.test'
  const password = 'correct horse battery staple'
  await backend.create('/v1/users', {
    organization_id: dev.demo_organization_id,
    email,
    password,
    email_verified: true,
    roles: ['billing'],
  })
  const billing = (await backend.login('acme', email, password)).access_token
  const response = await fetch(`${url}/invoices`, { method: 'POST', headers: bearer(billing) })
  assert.equal(response.status, 201, await response.clone().text())
  assert.equal((await response.json()).organizationId, dev.demo_organization_id)
})

test('an API key is checked with the server', async () => {
  const created = await backend.create('/v1/api_keys', {
    organization_id: dev.demo_organization_id,
    name: 'billing sync',
    actions: ['invoices.write'],
  })
  const secret = created.secret
  assert.ok(secret.startsWith(API_KEY_PREFIX))
  const response = await fetch(`${url}/whoami`, { headers: bearer(secret) })
  assert.equal(response.status, 200)
  const body = await response.json()
  assert.equal(body.kind, 'api_key')
  assert.equal(body.credentials, secret)
  assert.equal(body.organizationId, dev.demo_organization_id)
  assert.equal(body.apiKeyId, created.id)
  assert.equal(body.userId, null)
  assert.equal(body.email, null)
  assert.equal(body.canWrite, true)
  const invoice = await fetch(`${url}/invoices`, { method: 'POST', headers: bearer(secret) })
  assert.equal(invoice.status, 201)

  const forged = secret.slice(0, -4) + (secret.endsWith('aaaa') ? 'bbbb' : 'aaaa')
  await assertRefused(await fetch(`${url}/whoami`, { headers: bearer(forged) }), 401, 'invalid_api_key')
})

test('an API key without a secret key configured is 401 invalid_api_key', async () => {
  const keyless = await serve({ publishableKey: dev.publishable_key })
  await assertRefused(
    await fetch(`${keyless}/whoami`, { headers: bearer('gh_key_whatever') }),
    401,
    'invalid_api_key',
  )
})

test('unreachable signing keys are 503 jwks_unavailable without a challenge', async () => {
  const project = 'proj_0000000000000000000000000a'
  const issuer = `http://127.0.0.1:1/p/${project}`
  const publishableKey = `pk_test_${Buffer.from(`${issuer}#${project}`).toString('base64url')}`
  const down = await serve({ gatehouse: new Gatehouse({ publishableKey }) })
  await assertRefused(await fetch(`${down}/whoami`, { headers: bearer(token) }), 503, 'jwks_unavailable')
})

test('requirePermission without requireAuth is a server error, not a refusal', async () => {
  const app = express()
  app.get('/x', requirePermission('invoices.write'), (req, res) => res.json({}))
  app.use((error, req, res, next) => res.status(500).json({ error: error.message }))
  const listening = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => listening.once('listening', resolve))
  apps.push(listening)
  const response = await fetch(`http://127.0.0.1:${listening.address().port}/x`, {
    headers: bearer(token),
  })
  assert.equal(response.status, 500)
  assert.match((await response.json()).error, /after requireAuth/)
})

test('concurrent requests each get their own verdict', async () => {
  const results = await Promise.all(
    Array.from({ length: 60 }, async (_, index) => {
      const authenticated = index % 3 !== 0
      const response = await fetch(`${url}/whoami`, { headers: authenticated ? bearer(token) : {} })
      return { authenticated, status: response.status, body: await response.json() }
    }),
  )
  for (const { authenticated, status, body } of results) {
    if (authenticated) {
      assert.deepEqual([status, body.organizationId], [200, dev.demo_organization_id])
    } else {
      assert.deepEqual([status, body.code], [401, 'missing_token'])
    }
  }
})

test('the Gatehouse client verifies real tokens and API keys directly', async () => {
  const gatehouse = new Gatehouse({ publishableKey: dev.publishable_key, secretKey: dev.secret_key })
  assert.equal(gatehouse.issuer, dev.issuer)
  assert.equal(gatehouse.apiUrl, dev.api_url)
  const claims = await gatehouse.verify(token)
  assert.equal(claims.org.id, dev.demo_organization_id)
  assert.deepEqual(claims.roles, ['owner'])
  // Seen again: the core's decision, and the claims parsed once, frozen all the way down.
  assert.equal(await gatehouse.verify(token), claims)
  assert.ok(Object.isFrozen(claims) && Object.isFrozen(claims.org) && Object.isFrozen(claims.roles))
  const at = token.length - 10
  const tampered = token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1)
  await assert.rejects(gatehouse.verify(tampered), { code: 'invalid_signature' })
  const auth = await gatehouse.authenticate({ method: 'GET', authorization: `bearer ${token}` })
  assert.equal(auth.userId, claims.sub)
  assert.deepEqual(auth.claims, claims)
  assert.ok(Object.isFrozen(auth))
  const { secret } = await backend.create('/v1/api_keys', {
    organization_id: dev.demo_organization_id,
    name: 'reporting',
    actions: [],
  })
  assert.equal(isWellFormedApiKey(secret), true)
  const byKey = await gatehouse.authenticateCredential(secret)
  assert.equal(byKey.kind, 'api_key')
  assert.equal(byKey.claims, null)
  assert.equal(byKey.hasPermission('invoices.write'), false)
})
