// Every case of testdata/vectors.json through the WebAssembly build in Node: the same verdicts
// and error codes as the Rust core and every other binding. test/browser/ runs the same cases
// in Chromium.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'

import { AUTH_ERROR_CODES, AuthError, Jwks, verifyAccessToken } from '@gatehouse/wasm'

const vectors = JSON.parse(
  readFileSync(new URL('../../testdata/vectors.json', import.meta.url), 'utf8'),
)

function verify(testCase, jwks) {
  const { issuer, audience, now, leeway } = testCase.options
  return verifyAccessToken(testCase.token, { jwks, issuer, audience, now, leeway })
}

function verdict(testCase, jwks) {
  try {
    return verify(testCase, jwks)
  } catch (error) {
    if (error instanceof AuthError) return error.code
    throw error
  }
}

for (const testCase of vectors.cases) {
  test(testCase.name, () => {
    if ('expected_claims' in testCase) {
      const claims = verify(testCase, testCase.jwks)
      assert.deepStrictEqual(claims, testCase.expected_claims)
    } else {
      assert.throws(
        () => verify(testCase, testCase.jwks),
        (error) => {
          assert.ok(error instanceof AuthError)
          assert.ok(error instanceof Error)
          assert.equal(error.code, testCase.expected_error)
          assert.ok(AUTH_ERROR_CODES.includes(error.code))
          assert.equal(error.status, 401)
          assert.equal(JSON.parse(error.body).code, error.code)
          return true
        },
      )
    }
  })
}

for (const form of ['object', 'string', 'Uint8Array', 'Jwks']) {
  test(`every JWKS form gives the same verdicts: ${form}`, () => {
    const convert = (jwks) => {
      const text = JSON.stringify(jwks)
      switch (form) {
        case 'object':
          return jwks
        case 'string':
          return text
        case 'Uint8Array':
          return new TextEncoder().encode(text)
        default:
          return new Jwks(jwks)
      }
    }
    for (const testCase of vectors.cases) {
      assert.deepStrictEqual(
        verdict(testCase, convert(testCase.jwks)),
        testCase.expected_claims ?? testCase.expected_error,
        testCase.name,
      )
    }
  })
}
