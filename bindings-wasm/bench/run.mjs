// Verifications per second of the WebAssembly core vs `jose` (npm) in the same headless
// Chromium page, on the same tokens (the shared vectors' EdDSA and ES256 tokens with every
// claim), each doing the full check: signature, typ, iss, aud, exp/nbf. jose verifies with the
// browser's WebCrypto (asynchronous); the core is synchronous. Rounds alternate between the two
// and the median round counts, so a noisy neighbour hurts both alike. Also prints the gzipped
// size of the module.
//
//   npm run bench        (after npm run build)
//   BENCH_ROUNDS=9 BENCH_ROUND_MS=1000 npm run bench
//   BENCH_JSON=out.json npm run bench   (also writes rows for bench/summarize.py)
import { readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

import { withPage } from '../test/browser/harness.mjs'

const rounds = Number(process.env.BENCH_ROUNDS ?? 7)
const roundMs = Number(process.env.BENCH_ROUND_MS ?? 700)
const vectors = JSON.parse(readFileSync(new URL('../../testdata/vectors.json', import.meta.url), 'utf8'))
const tokens = ['valid_eddsa_full_claims', 'valid_es256_full_claims'].map((name) =>
  vectors.cases.find((testCase) => testCase.name === name),
)
const wasm = readFileSync(new URL('../pkg/gatehouse_wasm_bg.wasm', import.meta.url))

const results = await withPage('bench/index.html', async (page, version) => {
  console.log(`Chromium ${version}; ${rounds} rounds of ${roundMs} ms per line, median`)
  return page.evaluate(
    async ({ tokens, rounds, roundMs }) => {
      const { Jwks, verifyAccessToken } = window.gatehouse
      const { importJWK, jwtVerify } = window.jose
      const lines = []
      for (const testCase of tokens) {
        const { issuer, audience, now } = testCase.options
        const algorithm = testCase.name.includes('es256') ? 'ES256' : 'EdDSA'
        const kid = algorithm === 'ES256' ? 'es-2026-01' : 'ed-2026-01'
        const jwks = new Jwks(testCase.jwks)
        const key = await importJWK(testCase.jwks.keys.find((jwk) => jwk.kid === kid), algorithm)
        const joseOptions = { issuer, audience, typ: 'at+jwt', algorithms: [algorithm], currentDate: new Date(now * 1000) }
        // Both must accept the token before anything is timed.
        verifyAccessToken(testCase.token, { jwks, issuer, audience, now })
        await jwtVerify(testCase.token, key, joseOptions)
        const core = async () => {
          let count = 0
          const end = performance.now() + roundMs
          while (performance.now() < end) {
            for (let i = 0; i < 20; i++) verifyAccessToken(testCase.token, { jwks, issuer, audience, now })
            count += 20
          }
          return count / (roundMs / 1000)
        }
        const jose = async () => {
          let count = 0
          const end = performance.now() + roundMs
          while (performance.now() < end) {
            for (let i = 0; i < 20; i++) await jwtVerify(testCase.token, key, joseOptions)
            count += 20
          }
          return count / (roundMs / 1000)
        }
        const samples = { core: [], jose: [] }
        await core()
        await jose()
        for (let round = 0; round < rounds; round++) {
          samples.core.push(await core())
          samples.jose.push(await jose())
        }
        const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]
        lines.push({ algorithm, core: median(samples.core), jose: median(samples.jose) })
      }
      return lines
    },
    { tokens, rounds, roundMs },
  )
})

console.log('')
console.log('| algorithm | @gatehouse/wasm (verifications/s) | jose (verifications/s) | core / jose | core, µs per verification |')
console.log('|---|---|---|---|---|')
for (const { algorithm, core, jose } of results) {
  console.log(
    `| ${algorithm} | ${Math.round(core).toLocaleString('en')} | ${Math.round(jose).toLocaleString('en')} | ${(core / jose).toFixed(2)}x | ${(1e6 / core).toFixed(0)} |`,
  )
}
console.log('')
console.log(`module: pkg/gatehouse_wasm_bg.wasm ${wasm.length} bytes, ${gzipSync(wasm, { level: 9 }).length} bytes gzipped`)

// Rows in the shape bench/run collects from every language (per-call percentiles are not
// measured here: rounds are timed as a whole, so p50 is the mean of the median round).
if (process.env.BENCH_JSON) {
  const rows = results.flatMap(({ algorithm, core, jose }) => [
    { language: 'wasm', algorithm, implementation: '@gatehouse/wasm', ops_per_second: core, p50_us: 1e6 / core, p99_us: null },
    { language: 'wasm', algorithm, implementation: 'jose', ops_per_second: jose, p50_us: 1e6 / jose, p99_us: null },
  ])
  const gzipped = gzipSync(wasm, { level: 9 }).length
  writeFileSync(process.env.BENCH_JSON, JSON.stringify({ rows, wasm_module: { bytes: wasm.length, gzipped_bytes: gzipped } }, null, 2))
}
