// RemoteJwks and Gatehouse against a real HTTP server on 127.0.0.1 serving a JWKS the test
// controls: cache lifetime, single flight, the unknown-kid refetch and its rate limit, stale
// keys while the server is down, and jwks_unavailable when no key was ever fetched. The cache's
// clock is the test's, so no test waits for real time to pass.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { after, before, beforeEach, test } from 'node:test'

import { AuthError, Gatehouse, RemoteJwks } from '@gatehouse/wasm'

const vectors = JSON.parse(
  readFileSync(new URL('../../testdata/vectors.json', import.meta.url), 'utf8'),
)
const byName = (name) => vectors.cases.find((testCase) => testCase.name === name)
const eddsa = byName('valid_eddsa_full_claims')
const es256 = byName('valid_es256_full_claims')
const unknownKid = byName('unknown_kid')
const fullSet = eddsa.jwks
const withoutEd25519 = { keys: fullSet.keys.filter((key) => key.kid !== 'ed-2026-01') }
const checks = { issuer: eddsa.options.issuer, audience: eddsa.options.audience, now: eddsa.options.now }

/** What the server answers next; each test sets it. */
let serve
let requests
let server
let url

before(async () => {
  server = createServer((request, response) => {
    requests += 1
    const { status = 200, body, cacheControl, delay = 0, hang = false } = serve
    if (hang) return
    setTimeout(() => {
      const headers = { 'Content-Type': 'application/json' }
      if (cacheControl !== undefined) headers['Cache-Control'] = cacheControl
      response.writeHead(status, headers)
      response.end(typeof body === 'string' ? body : JSON.stringify(body))
    }, delay)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${server.address().port}/p/proj/.well-known/jwks.json`
})

after(() => {
  server.closeAllConnections()
  server.close()
})

beforeEach(() => {
  requests = 0
  serve = { body: fullSet, cacheControl: 'public, max-age=300' }
})

/** A clock the test moves by hand (milliseconds). */
function manualClock() {
  let now = 1_000_000
  const clock = () => now
  clock.advance = (seconds) => {
    now += seconds * 1000
  }
  return clock
}

test('keys are fetched once and kept for max-age', async () => {
  const clock = manualClock()
  const jwks = new RemoteJwks(url, { clock })
  assert.deepEqual(await jwks.verify(eddsa.token, checks), eddsa.expected_claims)
  assert.deepEqual(await jwks.verify(es256.token, checks), es256.expected_claims)
  assert.equal(requests, 1)
  clock.advance(299)
  await jwks.verify(eddsa.token, checks)
  assert.equal(requests, 1)
  clock.advance(2)
  await jwks.verify(eddsa.token, checks)
  assert.equal(requests, 2)
})

test('the lifetime comes from Cache-Control, bounded to 60 s .. 24 h', async () => {
  const cases = [
    ['max-age=0', 60],
    ['no-store', 60],
    ['public, no-cache', 60],
    ['max-age="120"', 120],
    [undefined, 3600],
    ['max-age=999999', 86400],
  ]
  for (const [cacheControl, lifetime] of cases) {
    serve = { body: fullSet, cacheControl }
    requests = 0
    const clock = manualClock()
    const jwks = new RemoteJwks(url, { clock })
    await jwks.getKeys()
    clock.advance(lifetime - 1)
    await jwks.getKeys()
    assert.equal(requests, 1, `${cacheControl}: still fresh just before ${lifetime} s`)
    clock.advance(1)
    await jwks.getKeys()
    assert.equal(requests, 2, `${cacheControl}: stale at ${lifetime} s`)
  }
})

test('concurrent verifications share one fetch', async () => {
  serve = { body: fullSet, cacheControl: 'max-age=300', delay: 50 }
  const jwks = new RemoteJwks(url)
  const verdicts = await Promise.all(
    Array.from({ length: 8 }, (_, index) => jwks.verify((index % 2 ? es256 : eddsa).token, checks)),
  )
  assert.equal(verdicts.length, 8)
  assert.equal(requests, 1)
})

test('an unknown kid refetches at most once per 30 s', async () => {
  const clock = manualClock()
  const jwks = new RemoteJwks(url, { clock })
  serve = { body: withoutEd25519, cacheControl: 'max-age=300' }
  assert.deepEqual((await jwks.getKeys()).keyIds, ['es-2026-01'])

  // The key was published after our fetch (a rotation): one refetch finds it.
  serve = { body: fullSet, cacheControl: 'max-age=300' }
  assert.deepEqual(await jwks.verify(eddsa.token, checks), eddsa.expected_claims)
  assert.equal(requests, 2)

  // A kid nobody published: the first refetch is within 30 s of the last one, so none.
  await assert.rejects(jwks.verify(unknownKid.token, checks), { code: 'unknown_key' })
  assert.equal(requests, 2)
  clock.advance(29)
  await assert.rejects(jwks.verify(unknownKid.token, checks), { code: 'unknown_key' })
  assert.equal(requests, 2)
  clock.advance(2)
  await assert.rejects(jwks.verify(unknownKid.token, checks), { code: 'unknown_key' })
  assert.equal(requests, 3)
  await assert.rejects(jwks.verify(unknownKid.token, checks), { code: 'unknown_key' })
  assert.equal(requests, 3)
})

test('concurrent unknown kids share one refetch', async () => {
  const jwks = new RemoteJwks(url)
  serve = { body: withoutEd25519, cacheControl: 'max-age=300' }
  await jwks.getKeys()
  serve = { body: fullSet, cacheControl: 'max-age=300', delay: 50 }
  const verdicts = await Promise.all(Array.from({ length: 4 }, () => jwks.verify(eddsa.token, checks)))
  assert.deepEqual(verdicts[3], eddsa.expected_claims)
  assert.equal(requests, 2)
})

test('keys already held keep working while the server is down', async () => {
  const clock = manualClock()
  const jwks = new RemoteJwks(url, { clock })
  await jwks.verify(eddsa.token, checks)
  serve = { status: 500, body: 'down' }
  clock.advance(301)
  assert.deepEqual(await jwks.verify(eddsa.token, checks), eddsa.expected_claims)
  assert.equal(requests, 2)
  clock.advance(9)
  await jwks.verify(eddsa.token, checks)
  assert.equal(requests, 2, 'no retry within 10 s of a failure')
  clock.advance(2)
  await jwks.verify(eddsa.token, checks)
  assert.equal(requests, 3)
  serve = { body: fullSet, cacheControl: 'max-age=300' }
  clock.advance(11)
  await jwks.verify(eddsa.token, checks)
  assert.equal(requests, 4)
  clock.advance(299)
  await jwks.verify(eddsa.token, checks)
  assert.equal(requests, 4, 'a successful fetch restores the normal lifetime')
})

test('without any key fetched, verification is jwks_unavailable (503)', async () => {
  for (const failure of [
    { status: 404, body: 'not found' },
    { status: 200, body: 'not JSON' },
    { status: 200, body: { keys: 'none' } },
    { status: 200, body: `{"keys": [], "padding": "${'x'.repeat(1024 * 1024)}"}` },
  ]) {
    serve = failure
    requests = 0
    const clock = manualClock()
    const jwks = new RemoteJwks(url, { clock })
    await assert.rejects(jwks.verify(eddsa.token, checks), (error) => {
      assert.ok(error instanceof AuthError)
      assert.equal(error.code, 'jwks_unavailable')
      assert.equal(error.status, 503)
      return true
    })
    await assert.rejects(jwks.getKeys(), { code: 'jwks_unavailable' })
    assert.equal(requests, 1, 'a failure is retried only after 10 s')
    serve = { body: fullSet }
    clock.advance(10)
    assert.deepEqual(await jwks.verify(eddsa.token, checks), eddsa.expected_claims)
    assert.equal(requests, 2)
  }
})

test('a server that never answers times out', async () => {
  serve = { hang: true }
  const jwks = new RemoteJwks(url, { requestTimeout: 0.2 })
  await assert.rejects(jwks.verify(eddsa.token, checks), { code: 'jwks_unavailable' })
  assert.equal(requests, 1)
})

test('Gatehouse fetches from the publishable key’s issuer and checks iss and aud', async () => {
  const issuer = url.replace('/.well-known/jwks.json', '')
  const project = 'proj_0000000000000000000000000a'
  const publishableKey = `pk_test_${Buffer.from(`${issuer}#${project}`).toString('base64url')}`
  const gatehouse = new Gatehouse({ publishableKey })
  assert.equal(gatehouse.jwksUrl, url)
  // The vectors' tokens come from another issuer: the keys verify, the issuer does not match.
  await assert.rejects(gatehouse.verify(eddsa.token, { now: eddsa.options.now }), { code: 'wrong_issuer' })
  assert.equal(requests, 1)
  await assert.rejects(gatehouse.verify(unknownKid.token, { now: eddsa.options.now }), { code: 'unknown_key' })
  assert.equal(requests, 2)
})
