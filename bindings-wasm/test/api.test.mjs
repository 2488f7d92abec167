// The JavaScript surface of @gatehouse/wasm, offline: argument checks, errors, publishable keys.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'

import * as wasm from '@gatehouse/wasm'

const vectors = JSON.parse(
  readFileSync(new URL('../../testdata/vectors.json', import.meta.url), 'utf8'),
)
const valid = vectors.cases.find((testCase) => 'expected_claims' in testCase)
const project = 'proj_0000000000000000000000000a'

function publishableKey(prefix, issuer) {
  return `${prefix}${Buffer.from(`${issuer}#${project}`).toString('base64url')}`
}

test('the error codes come from the core, in its order', () => {
  assert.equal(wasm.AUTH_ERROR_CODES.length, 16)
  assert.ok(Object.isFrozen(wasm.AUTH_ERROR_CODES))
  assert.equal(wasm.AUTH_ERROR_CODES[0], 'missing_token')
  assert.equal(wasm.AUTH_ERROR_CODES[15], 'forbidden')
  assert.equal(wasm.AUTH_ERROR_CODES[14], 'server_unavailable')
})

test('an AuthError carries the HTTP answer, like @gatehouse/node', () => {
  const { issuer, audience, now } = valid.options
  assert.throws(
    () => wasm.verifyAccessToken(valid.token, { jwks: valid.jwks, issuer, audience: 'proj_other', now }),
    (error) => {
      assert.ok(error instanceof wasm.AuthError && error instanceof Error)
      assert.equal(error.name, 'AuthError')
      assert.equal(error.code, 'wrong_audience')
      assert.equal(error.status, 401)
      assert.equal(error.message, 'the token is meant for another audience')
      assert.deepEqual(JSON.parse(error.body), {
        error: 'unauthorized',
        code: 'wrong_audience',
        message: 'the token is meant for another audience',
      })
      assert.deepEqual(error.headers, {
        'Content-Type': 'application/json',
        'WWW-Authenticate':
          'Bearer error="invalid_token", error_description="the token is meant for another audience"',
      })
      return true
    },
  )
  const unavailable = wasm.jwksUnavailable('connection refused')
  assert.equal(unavailable.code, 'jwks_unavailable')
  assert.equal(unavailable.status, 503)
  assert.equal(unavailable.wwwAuthenticate, null)
  assert.equal(unavailable.message, 'the signing keys are unavailable: connection refused')
  assert.equal(JSON.parse(unavailable.body).message, 'the signing keys are unavailable')
})

test('Jwks parses once and lists its keys', () => {
  const jwks = new wasm.Jwks(valid.jwks)
  assert.deepEqual(jwks.keyIds, ['ed-2026-01', 'es-2026-01'])
  const { issuer, audience, now } = valid.options
  assert.deepEqual(wasm.verifyAccessToken(valid.token, { jwks, issuer, audience, now }), valid.expected_claims)
  assert.deepEqual(
    wasm.verifyAccessToken(valid.token, { jwks, issuer, audience, now: new Date(now * 1000) }),
    valid.expected_claims,
  )
  assert.throws(() => new wasm.Jwks('{"keys": 5}'), { code: 'jwks_unavailable' })
  assert.throws(() => new wasm.Jwks(new Uint8Array([0xff, 0xfe])), { code: 'jwks_unavailable' })
  assert.throws(() => new wasm.Jwks(42), TypeError)
})

test('wrong argument types are TypeErrors, not verdicts', () => {
  const { issuer, audience } = valid.options
  const jwks = valid.jwks
  assert.throws(() => wasm.verifyAccessToken(undefined, { jwks, issuer, audience }), TypeError)
  assert.throws(() => wasm.verifyAccessToken(valid.token), TypeError)
  assert.throws(() => wasm.verifyAccessToken(valid.token, { jwks, audience }), TypeError)
  assert.throws(() => wasm.verifyAccessToken(valid.token, { jwks, issuer, audience, now: 1.5 }), TypeError)
  assert.throws(() => wasm.verifyAccessToken(valid.token, { jwks, issuer, audience, leeway: -1 }), TypeError)
  assert.throws(() => wasm.verifyAccessToken('', { jwks, issuer, audience }), { code: 'missing_token' })
})

test('the system clock is used when now is absent', () => {
  const { issuer, audience } = valid.options
  // The vectors' tokens expired in 2026; a real clock says so.
  assert.throws(() => wasm.verifyAccessToken(valid.token, { jwks: valid.jwks, issuer, audience }), {
    code: 'token_expired',
  })
})

test('publishable keys are parsed by the core', () => {
  const issuer = `https://auth.example.com/p/${project}`
  const key = wasm.parsePublishableKey(publishableKey('pk_live_', issuer))
  assert.deepEqual(
    { ...key },
    {
      publishableKey: publishableKey('pk_live_', issuer),
      issuer,
      projectId: project,
      isLive: true,
      jwksUrl: `${issuer}/.well-known/jwks.json`,
    },
  )
  assert.ok(Object.isFrozen(key))
  assert.equal(wasm.parsePublishableKey(publishableKey('pk_test_', 'http://127.0.0.1:8080/p/x')).isLive, false)
  assert.throws(() => wasm.parsePublishableKey('sk_test_abc'), /invalid publishable key: .*pk_test_ or pk_live_/)
  assert.throws(() => wasm.parsePublishableKey(publishableKey('pk_live_', 'http://auth.example.com')), /https/)
  assert.throws(() => wasm.parsePublishableKey(undefined), TypeError)
})

test('Gatehouse checks its configuration up front', () => {
  assert.throws(() => new wasm.Gatehouse({ publishableKey: 'pk_test_nope' }), /invalid publishable key/)
  assert.throws(() => new wasm.Gatehouse(), TypeError)
  const issuer = `https://auth.example.com/p/${project}`
  const gatehouse = new wasm.Gatehouse({ publishableKey: publishableKey('pk_live_', issuer) })
  assert.equal(gatehouse.issuer, issuer)
  assert.equal(gatehouse.projectId, project)
  assert.equal(gatehouse.audience, project)
  assert.equal(gatehouse.jwksUrl, `${issuer}/.well-known/jwks.json`)
  assert.equal(new wasm.Gatehouse({ publishableKey: publishableKey('pk_live_', issuer), audience: 'api' }).audience, 'api')
  assert.throws(() => new wasm.Gatehouse({ publishableKey: publishableKey('pk_live_', issuer), leeway: -1 }), TypeError)
  assert.throws(() => new wasm.Gatehouse({ publishableKey: publishableKey('pk_live_', issuer), minTtl: -1 }), TypeError)
})

test('authenticateAccessToken gives the core principal and the claims in one verification', () => {
  const { issuer, audience, now } = valid.options
  const { principal, claims } = wasm.authenticateAccessToken(valid.token, { jwks: valid.jwks, issuer, audience, now })
  assert.deepEqual(claims, valid.expected_claims)
  assert.deepEqual(principal, {
    kind: 'access_token',
    organization_id: valid.expected_claims.org.id,
    user_id: valid.expected_claims.sub,
    api_key_id: null,
    roles: valid.expected_claims.roles,
    actions: valid.expected_claims.actions,
    impersonator: null,
  })
  assert.throws(
    () => wasm.authenticateAccessToken(valid.token, { jwks: valid.jwks, issuer, audience: 'proj_other', now }),
    (error) => error instanceof wasm.AuthError && error.code === 'wrong_audience',
  )
  // No secret key here: an API key is refused offline, whatever its checksum.
  assert.throws(
    () => wasm.authenticateAccessToken('gh_key_whatever', { jwks: valid.jwks, issuer, audience, now }),
    (error) => error instanceof wasm.AuthError && error.code === 'invalid_api_key' && error.status === 401,
  )
})

test('forbidden is the 403 of every SDK; the cookie name is the core one', () => {
  const refusal = wasm.forbidden('reports.read')
  assert.equal(refusal.code, 'forbidden')
  assert.equal(refusal.status, 403)
  assert.match(refusal.wwwAuthenticate, /^Bearer error="insufficient_scope"/)
  assert.equal(JSON.parse(refusal.body).error, 'forbidden')
  assert.throws(() => wasm.forbidden(7), TypeError)
  assert.equal(wasm.ACCESS_TOKEN_COOKIE, 'gatehouse_access_token')
})
