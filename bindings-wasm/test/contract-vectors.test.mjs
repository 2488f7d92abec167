// Every case of testdata/authenticate.json and testdata/requests.json through the WASM module:
// the same principals, error codes and credentials as the Rust core and every other binding.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'

import { AuthError, authenticateWithAnswer, requestCredential } from '@gatehouse/wasm'

const load = (name) => JSON.parse(readFileSync(new URL(`../../testdata/${name}`, import.meta.url), 'utf8'))
const authenticate = load('authenticate.json')
const requests = load('requests.json')

for (const testCase of authenticate.cases) {
  test(`authenticate: ${testCase.name}`, () => {
    const answer = testCase.server_answer
    const decision = authenticateWithAnswer(testCase.credential, {
      jwks: authenticate.jwks,
      ...authenticate.options,
      acceptsApiKeys: testCase.accepts_api_keys,
      serverAnswer: answer === 'no_answer' ? null : answer,
    })
    assert.equal(decision.askedServer, testCase.asks_server)
    if ('expected_principal' in testCase) {
      assert.equal(decision.error, null)
      assert.deepEqual(decision.principal, testCase.expected_principal)
    } else {
      assert.equal(decision.principal, null)
      assert.ok(decision.error instanceof AuthError)
      assert.equal(decision.error.code, testCase.expected_error)
    }
  })
}

for (const testCase of requests.cases) {
  test(`request: ${testCase.name}`, () => {
    const { method, authorization, cookie, origin, access_control_request_method } = testCase.request
    const request = { method, authorization, cookie, origin, accessControlRequestMethod: access_control_request_method }
    if ('expected_error' in testCase) {
      assert.throws(() => requestCredential(request), { code: testCase.expected_error })
    } else if (testCase.expected_preflight) {
      assert.equal(requestCredential(request), null)
    } else {
      assert.deepEqual(requestCredential(request), {
        kind: testCase.expected_kind,
        credential: testCase.expected_credential,
      })
    }
  })
}
