// The JavaScript surface of @gatehouse/node, offline: entry points, argument checks, errors.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { test } from 'node:test'

import * as esm from '@gatehouse/node'
import * as esmExpress from '@gatehouse/node/express'

const require = createRequire(import.meta.url)
const vectors = JSON.parse(
  readFileSync(new URL('../../testdata/vectors.json', import.meta.url), 'utf8'),
)
const valid = vectors.cases.find((testCase) => 'expected_claims' in testCase)

test('CommonJS and ESM entry points share the same objects', () => {
  const cjs = require('@gatehouse/node')
  assert.deepEqual(Object.keys(cjs).sort(), Object.keys(esm).sort())
  assert.equal(cjs.AuthError, esm.AuthError)
  assert.equal(cjs.verifyAccessToken, esm.verifyAccessToken)
  assert.equal(require('../index.cjs'), cjs)
  const cjsExpress = require('@gatehouse/node/express')
  assert.equal(cjsExpress.requireAuth, esmExpress.requireAuth)
})

test('constants come from the core', () => {
  assert.equal(esm.AUTH_ERROR_CODES.length, 16)
  assert.ok(esm.AUTH_ERROR_CODES.includes('server_unavailable'))
  assert.ok(Object.isFrozen(esm.AUTH_ERROR_CODES))
  assert.equal(esm.API_KEY_PREFIX, 'gh_key_')
  assert.equal(esm.ACCESS_TOKEN_COOKIE, 'gatehouse_access_token')
})

test('forbidden() is the 403 answer', () => {
  const error = esm.forbidden('reports.read')
  assert.ok(error instanceof esm.AuthError && error instanceof Error)
  assert.equal(error.name, 'AuthError')
  assert.equal(error.code, 'forbidden')
  assert.equal(error.status, 403)
  assert.equal(error.message, 'missing permission reports.read')
  assert.deepEqual(JSON.parse(error.body), {
    error: 'forbidden',
    code: 'forbidden',
    message: 'missing permission reports.read',
  })
  assert.deepEqual(error.headers, {
    'Content-Type': 'application/json',
    'WWW-Authenticate': 'Bearer error="insufficient_scope", error_description="missing permission reports.read"',
  })
})

test('Jwks parses once and lists its keys', () => {
  const jwks = new esm.Jwks(valid.jwks)
  assert.ok(jwks.keyIds.length > 0)
  const { issuer, audience, now } = valid.options
  assert.deepEqual(esm.verifyAccessToken(valid.token, { jwks, issuer, audience, now }), valid.expected_claims)
  assert.deepEqual(
    esm.verifyAccessToken(valid.token, { jwks, issuer, audience, now: new Date(now * 1000) }),
    valid.expected_claims,
  )
  assert.throws(() => new esm.Jwks('{"keys": 5}'), esm.AuthError)
  assert.throws(() => new esm.Jwks(42), TypeError)
})

test('wrong argument types are TypeErrors, not verdicts', () => {
  const { issuer, audience } = valid.options
  const jwks = valid.jwks
  assert.throws(() => esm.verifyAccessToken(undefined, { jwks, issuer, audience }), TypeError)
  assert.throws(() => esm.verifyAccessToken(valid.token), TypeError)
  assert.throws(() => esm.verifyAccessToken(valid.token, { jwks, audience }), TypeError)
  assert.throws(() => esm.verifyAccessToken(valid.token, { jwks, issuer, audience, now: 1.5 }), TypeError)
  assert.throws(() => esm.verifyAccessToken(valid.token, { jwks, issuer, audience, leeway: -1 }), TypeError)
  assert.throws(() => esm.verifyAccessToken('', { jwks, issuer, audience }), { code: 'missing_token' })
})

test('Gatehouse checks its configuration up front', () => {
  assert.throws(() => new esm.Gatehouse({ publishableKey: 'pk_test_nope' }), /invalid publishable key/)
  assert.throws(() => new esm.Gatehouse(), TypeError)
  const project = 'proj_0000000000000000000000000a'
  const issuer = `https://auth.example.com/p/${project}`
  const publishableKey = `pk_live_${Buffer.from(`${issuer}#${project}`).toString('base64url')}`
  const gatehouse = new esm.Gatehouse({ publishableKey })
  assert.equal(gatehouse.issuer, issuer)
  assert.equal(gatehouse.projectId, project)
  assert.equal(gatehouse.jwksUrl, `${issuer}/.well-known/jwks.json`)
  assert.equal(gatehouse.apiUrl, 'https://auth.example.com')
  assert.throws(() => new esm.Gatehouse({ publishableKey, apiKeyCacheTtl: -1 }), TypeError)
  const custom = `pk_live_${Buffer.from(`https://auth.example.com#${project}`).toString('base64url')}`
  assert.throws(() => new esm.Gatehouse({ publishableKey: custom, secretKey: 'sk_test_x' }), /is required with a secret key/)
})

test('a bare credential without a network is refused by the core', async () => {
  const project = 'proj_0000000000000000000000000a'
  const issuer = `http://127.0.0.1:1/p/${project}`
  const gatehouse = new esm.Gatehouse({
    publishableKey: `pk_test_${Buffer.from(`${issuer}#${project}`).toString('base64url')}`,
  })
  await assert.rejects(gatehouse.authenticateCredential(''), { code: 'missing_token' })
  await assert.rejects(gatehouse.authenticateCredential('gh_key_x'), { code: 'invalid_api_key' })
  await assert.rejects(gatehouse.authenticate({ method: 'GET' }), { code: 'missing_token', status: 401 })
  await assert.rejects(gatehouse.authenticate({}), TypeError)
  await assert.rejects(gatehouse.verify(valid.token), (error) => {
    assert.ok(error instanceof esm.AuthError)
    assert.equal(error.code, 'jwks_unavailable')
    assert.equal(error.status, 503)
    assert.equal(error.wwwAuthenticate, null)
    assert.equal(JSON.parse(error.body).message, 'the signing keys are unavailable')
    return true
  })
})

test('with the server stopped, API keys are invalid or unavailable', async () => {
  const project = 'proj_0000000000000000000000000a'
  const issuer = `http://127.0.0.1:1/p/${project}`
  const gatehouse = new esm.Gatehouse({
    publishableKey: `pk_test_${Buffer.from(`${issuer}#${project}`).toString('base64url')}`,
    secretKey: 'sk_test_x',
  })
  const cases = JSON.parse(readFileSync(new URL('../../testdata/authenticate.json', import.meta.url), 'utf8')).cases
  const credential = (name) => cases.find((testCase) => testCase.name === name).credential
  await assert.rejects(gatehouse.authenticateCredential(credential('api_key_bad_checksum')), {
    code: 'invalid_api_key',
    status: 401,
  })
  await assert.rejects(gatehouse.authenticateCredential(credential('api_key_accepted')), {
    code: 'server_unavailable',
    status: 503,
    wwwAuthenticate: null,
  })
})

test('API keys are checked for shape offline', () => {
  assert.equal(esm.isWellFormedApiKey('gh_key_short'), false)
  assert.equal(esm.isWellFormedApiKey(undefined), false)
})
