// Every case of testdata/vectors.json through the WebAssembly build inside headless Chromium:
// the verdicts (claims or error codes) must be exactly those the vectors expect, which are the
// ones the Node run (test/vectors.test.mjs) and every other binding give.
//
//   node test/browser/run.mjs        (npm run test:browser)
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'

import { withPage } from './harness.mjs'

const vectors = JSON.parse(
  readFileSync(new URL('../../../testdata/vectors.json', import.meta.url), 'utf8'),
)

const results = await withPage('test/browser/index.html', async (page, version) => {
  console.log(`Chromium ${version}`)
  return page.evaluate((cases) => {
    const { AuthError, Jwks, verifyAccessToken } = window.gatehouse
    return cases.map((testCase) => {
      const { issuer, audience, now, leeway } = testCase.options
      const verdictWith = (jwks) => {
        try {
          return { claims: verifyAccessToken(testCase.token, { jwks, issuer, audience, now, leeway }) }
        } catch (error) {
          if (error instanceof AuthError) return { code: error.code, status: error.status, isError: error instanceof Error }
          return { unexpected: String(error) }
        }
      }
      return {
        name: testCase.name,
        object: verdictWith(testCase.jwks),
        parsed: verdictWith(new Jwks(JSON.stringify(testCase.jwks))),
      }
    })
  }, vectors.cases)
})

let passed = 0
let failed = 0
for (const [index, testCase] of vectors.cases.entries()) {
  const result = results[index]
  try {
    assert.equal(result.name, testCase.name)
    for (const verdict of [result.object, result.parsed]) {
      if ('expected_claims' in testCase) {
        assert.deepStrictEqual(verdict, { claims: testCase.expected_claims })
      } else {
        assert.deepStrictEqual(verdict, { code: testCase.expected_error, status: 401, isError: true })
      }
    }
    passed += 1
  } catch (error) {
    failed += 1
    console.error(`FAIL ${testCase.name}: ${error.message}`)
  }
}
console.log(`vectors in Chromium: ${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
