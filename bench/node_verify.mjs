// Node SDK benchmark: `verifyAccessToken` of @gatehouse/node against `jose` (panva) on the same
// EdDSA and ES256 tokens with the same checks, side by side in one run; then Express
// requests/s behind `requireAuth` and unprotected, measured with autocannon.
//
//   (cd bindings-node && npm ci && npm run build)
//   node bench/node_verify.mjs [--seconds 2] [--connections 10] [--gatehouse-bin target/debug/gatehouse]
//   node bench/node_verify.mjs --json out.json [--seconds 2]   # what bench/run does
//
// `--json` times every call (ops/s, p50, p99 per side, each side's better of two alternating
// rounds) and leaves out the Express part.
//
// Uses the packages installed in bindings-node/ (jose, express, autocannon are its dev
// dependencies). The verification part uses the shared vectors (testdata/vectors.json). The
// Express part needs a `gatehouse` binary (the flag, GATEHOUSE_BIN, or the default cargo
// target directory) for real tokens, and is skipped without one. The Express server runs in a
// child process and autocannon in this one, on the same machine: compare runs on one machine.
import { fork, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const ROUNDS = 3
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const requireFromPackage = createRequire(join(ROOT, 'bindings-node', 'package.json'))
const importFromPackage = (name) => import(pathToFileURL(requireFromPackage.resolve(name)).href)

const gatehouse = await import(pathToFileURL(join(ROOT, 'bindings-node', 'index.mjs')).href)

if (process.argv[2] === '--serve-express') {
  await serveExpress(process.argv[3], process.argv[4])
} else {
  await main()
}

async function main() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '2' },
      'gatehouse-bin': { type: 'string' },
      connections: { type: 'string', default: '10' },
      json: { type: 'string' },
    },
  })
  const seconds = Number(values.seconds)
  if (values.json) {
    const rows = await benchLatency(seconds)
    const binary = values['gatehouse-bin'] ?? process.env.GATEHOUSE_BIN ?? defaultBinary()
    if (existsSync(binary)) rows.push(await benchSeen(binary, seconds))
    writeFileSync(values.json, `${JSON.stringify({ node: process.version, rows }, null, 2)}\n`)
    for (const row of rows) {
      console.log(`${row.algorithm} ${row.implementation}: ${fmt(row.ops_per_second)}/s p99 ${row.p99_us.toFixed(1)} us`)
    }
    return
  }
  console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`)
  console.log(`\nverifications/s (single thread, median of ${ROUNDS} alternating ${seconds} s rounds)`)
  console.log('| algorithm | @gatehouse/node | jose | speedup |')
  console.log('|---|---:|---:|---:|')
  for (const row of await benchVerification(seconds)) {
    console.log(
      `| ${row.algorithm} | ${fmt(row.gatehouse)} | ${fmt(row.jose)} | ${row.speedup.toFixed(2)}× |`,
    )
  }
  const binary = values['gatehouse-bin'] ?? process.env.GATEHOUSE_BIN ?? defaultBinary()
  if (!existsSync(binary)) {
    console.log(`\nExpress part skipped: no gatehouse binary at ${binary}`)
    return
  }
  console.log(`\nExpress requests/s (autocannon, ${values.connections} connections, ${seconds} s each)`)
  console.log('| route | requests/s | p50 ms | p99 ms | non-2xx |')
  console.log('|---|---:|---:|---:|---:|')
  for (const row of await benchExpress(binary, seconds, Number(values.connections))) {
    console.log(
      `| ${row.route} | ${fmt(row.rate)} | ${row.p50} | ${row.p99} | ${row.non2xx} |`,
    )
  }
}

function fmt(rate) {
  return Math.round(rate).toLocaleString('en-US')
}

function defaultBinary() {
  return join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'debug', 'gatehouse')
}

/** Calls per second of `work`, in batches of 200 for `seconds` after a 0.5 s warm-up. */
async function rate(work, seconds) {
  for (const [duration, measured] of [
    [0.5, false],
    [seconds, true],
  ]) {
    let calls = 0
    const started = performance.now()
    let elapsed = 0
    while ((elapsed = (performance.now() - started) / 1000) < duration) {
      for (let i = 0; i < 200; i++) await work()
      calls += 200
    }
    if (measured) return calls / elapsed
  }
}

/** `rate` for synchronous work, without an `await` per call. */
function rateSync(work, seconds) {
  for (const [duration, measured] of [
    [0.5, false],
    [seconds, true],
  ]) {
    let calls = 0
    const started = performance.now()
    let elapsed = 0
    while ((elapsed = (performance.now() - started) / 1000) < duration) {
      for (let i = 0; i < 200; i++) work()
      calls += 200
    }
    if (measured) return calls / elapsed
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * jose doing what the core does: key by `kid` and algorithm, `typ` at+jwt, `crit` refused
 * (jose refuses unknown ones), signature, iss, aud, exp/nbf with the same leeway and "now",
 * required claims and the types of the contract's claims.
 */
function joseVerifier(jose, testCase) {
  const keys = jose.createLocalJWKSet(testCase.jwks)
  const { issuer, audience, now, leeway } = testCase.options
  const options = {
    issuer,
    audience,
    typ: 'at+jwt',
    algorithms: ['EdDSA', 'ES256'],
    clockTolerance: leeway,
    currentDate: new Date(now * 1000),
    requiredClaims: ['iss', 'sub', 'aud', 'exp', 'iat'],
  }
  const strings = (value) => Array.isArray(value) && value.every((item) => typeof item === 'string')
  return async (token) => {
    const { payload } = await jose.jwtVerify(token, keys, options)
    if (typeof payload.org?.id !== 'string' || typeof payload.sub !== 'string') {
      throw new Error('org.id and sub must be strings')
    }
    if (!Number.isInteger(payload.iat) || !Number.isInteger(payload.exp)) {
      throw new Error('times must be integers')
    }
    for (const name of ['roles', 'actions', 'amr']) {
      if (name in payload && !strings(payload[name])) throw new Error(`${name} must be strings`)
    }
    return payload
  }
}

async function benchVerification(seconds) {
  const jose = await importFromPackage('jose')
  const { deepStrictEqual } = await import('node:assert/strict')
  const vectors = JSON.parse(readFileSync(join(ROOT, 'testdata', 'vectors.json'), 'utf8')).cases
  const rows = []
  for (const [algorithm, name] of [
    ['EdDSA', 'valid_eddsa_full_claims'],
    ['ES256', 'valid_es256_full_claims'],
  ]) {
    const testCase = vectors.find((candidate) => candidate.name === name)
    const { token } = testCase
    const options = { ...testCase.options, jwks: new gatehouse.Jwks(testCase.jwks) }
    const joseVerify = joseVerifier(jose, testCase)
    // Both must accept the token, with the same claims, before they are timed.
    deepStrictEqual(gatehouse.verifyAccessToken(token, options), testCase.expected_claims)
    deepStrictEqual(await joseVerify(token), testCase.expected_claims)

    // Alternating rounds, so a burst of load on the machine does not favour either side.
    const ours = []
    const theirs = []
    for (let round = 0; round < ROUNDS; round++) {
      ours.push(rateSync(() => gatehouse.verifyAccessToken(token, options), seconds))
      theirs.push(await rate(() => joseVerify(token), seconds))
    }
    rows.push({
      algorithm,
      gatehouse: median(ours),
      jose: median(theirs),
      speedup: median(ours) / median(theirs),
    })
  }
  return rows
}

/** Calls/s and p50/p99 latency of `work`, timing every call, after a warm-up of a tenth. */
async function measure(work, seconds) {
  const warm = performance.now()
  while (performance.now() - warm < seconds * 100) await work()
  const nanos = []
  const started = process.hrtime.bigint()
  const limit = started + BigInt(Math.round(seconds * 1e9))
  for (;;) {
    const t = process.hrtime.bigint()
    if (t >= limit) break
    await work()
    nanos.push(Number(process.hrtime.bigint() - t))
  }
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9
  nanos.sort((a, b) => a - b)
  const at = (p) => nanos[Math.round((p / 100) * (nanos.length - 1))] / 1000
  return { ops_per_second: nanos.length / elapsed, p50_us: at(50), p99_us: at(99), calls: nanos.length }
}

/** Per-call ops/s and p99 of the binding and of jose (awaited, as an application does). */
async function benchLatency(seconds) {
  const jose = await importFromPackage('jose')
  const vectors = JSON.parse(readFileSync(join(ROOT, 'testdata', 'vectors.json'), 'utf8')).cases
  const rows = []
  for (const [algorithm, name] of [
    ['EdDSA', 'valid_eddsa_full_claims'],
    ['ES256', 'valid_es256_full_claims'],
  ]) {
    const testCase = vectors.find((candidate) => candidate.name === name)
    const { token } = testCase
    const options = { ...testCase.options, jwks: new gatehouse.Jwks(testCase.jwks) }
    const joseVerify = joseVerifier(jose, testCase)
    const sides = {
      '@gatehouse/node': () => gatehouse.verifyAccessToken(token, options),
      jose: () => joseVerify(token),
    }
    const rounds = Object.fromEntries(Object.keys(sides).map((side) => [side, []]))
    for (let round = 0; round < 2; round++) {
      for (const [side, work] of Object.entries(sides)) {
        rounds[side].push(await measure(work, seconds / 2))
      }
    }
    for (const [side, results] of Object.entries(rounds)) {
      const best = results.reduce((a, b) => (b.ops_per_second > a.ops_per_second ? b : a))
      rows.push({ language: 'node', algorithm, implementation: side, ...best })
    }
  }
  return rows
}

/** The child process: an Express app with an unprotected and a protected route. */
async function serveExpress(publishableKey, secretKey) {
  const express = requireFromPackage('express')
  const { requireAuth } = await import(pathToFileURL(join(ROOT, 'bindings-node', 'express.mjs')).href)
  const app = express()
  app.get('/open', (req, res) => res.json({ organizationId: null }))
  app.get('/private', requireAuth({ publishableKey, secretKey }), (req, res) =>
    res.json({ organizationId: req.auth.organizationId }),
  )
  const server = app.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }))
  process.on('message', () => server.close(() => process.exit(0)))
}

async function benchExpress(binary, seconds, connections) {
  const autocannon = requireFromPackage('autocannon')
  const { dev, token, stop } = await startDev(binary)
  let child
  try {
    child = fork(fileURLToPath(import.meta.url), ['--serve-express', dev.publishable_key, dev.secret_key])
    const { port } = await new Promise((resolve) => child.once('message', resolve))
    const rows = []
    for (const [route, headers] of [
      ['unprotected', {}],
      ['requireAuth', { authorization: `Bearer ${token}` }],
    ]) {
      const path = route === 'unprotected' ? '/open' : '/private'
      // A first request fetches the JWKS, so the measured ones find it cached.
      await fetch(`http://127.0.0.1:${port}${path}`, { headers })
      const result = await autocannon({
        url: `http://127.0.0.1:${port}${path}`,
        connections,
        duration: seconds,
        headers,
      })
      rows.push({
        route,
        rate: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        non2xx: result.non2xx,
      })
    }
    return rows
  } finally {
    if (child) {
      const gone = new Promise((resolve) => child.once('exit', resolve))
      child.send('stop')
      await gone
    }
    await stop()
  }
}

/** Starts `gatehouse dev` in a scratch directory; returns its dev.json, a token and a stop function. */
async function startDev(binary) {
  const dataDir = mkdtempSync(join(tmpdir(), 'gatehouse-node-bench-'))
  const gatehouseProcess = spawn(binary, ['dev', '--data-dir', dataDir, '--port', '0'], {
    stdio: 'ignore',
  })
  const stop = async () => {
    const gone = new Promise((resolve) => gatehouseProcess.once('exit', resolve))
    gatehouseProcess.kill('SIGTERM')
    await gone
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    const dev = await devJson(dataDir, gatehouseProcess)
    const login = await fetch(`${dev.issuer}/v1/login/password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        organization: 'acme',
        email: dev.demo_user_email,
        password: dev.demo_user_password,
      }),
    })
    return { dev, token: (await login.json()).access_token, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * `Gatehouse.verify` of one token again and again against a real `gatehouse dev` (awaited, as an
 * application does): the common case of one token on every request of its lifetime, answered
 * from the core's verified-token cache (sdk-core/src/token_cache.rs).
 */
async function benchSeen(binary, seconds) {
  const { dev, token, stop } = await startDev(binary)
  try {
    const client = new gatehouse.Gatehouse({ publishableKey: dev.publishable_key })
    const { deepStrictEqual } = await import('node:assert/strict')
    deepStrictEqual(await client.verify(token), await client.verify(token))
    const result = await measure(() => client.verify(token), seconds)
    return {
      language: 'node',
      algorithm: 'EdDSA',
      implementation: '@gatehouse/node Gatehouse.verify, token seen before',
      ...result,
    }
  } finally {
    await stop()
  }
}

/** Waits for `gatehouse dev` to write dev.json and answer /healthz. */
async function devJson(dataDir, process_) {
  const deadline = Date.now() + 30_000
  for (;;) {
    if (process_.exitCode !== null) throw new Error('gatehouse dev exited')
    try {
      const dev = JSON.parse(readFileSync(join(dataDir, 'dev.json'), 'utf8'))
      if ((await fetch(`${dev.api_url}/healthz`)).ok) return dev
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('gatehouse dev did not come up')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
