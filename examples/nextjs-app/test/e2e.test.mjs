// The example end to end: a real `gatehouse dev`, this app built with `next build` and served by
// `next start`, and Debian's Chromium (driven by playwright-core). The API checks run against two
// routes: /api/me, which the Edge middleware guards, and /api/reports, which only the route
// handler's `requirePermission` guards (Node.js runtime), so both runtimes of the WebAssembly core
// answer no token, a tampered token, another project's token, a missing permission and a valid
// token, with the same bodies. In Chromium: the middleware redirects to the sign-in page, the
// form signs in, and the dashboard (a server component) shows the user.
//
//   npm run build && GATEHOUSE_BIN=target/debug/gatehouse npm run test:e2e
//
// Environment: GATEHOUSE_BIN (else $CARGO_TARGET_DIR/debug/gatehouse), CHROMIUM (default
// /usr/bin/chromium), E2E_ARTIFACTS (logs and failure screenshots; default a new temp dir).
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'

import { chromium } from 'playwright-core'

const APP = fileURLToPath(new URL('..', import.meta.url))
const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const binary =
  process.env.GATEHOUSE_BIN ?? join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'debug', 'gatehouse')
const PASSWORD = 'correct horse battery staple'
const work = mkdtempSync(join(tmpdir(), 'gatehouse-nextjs-e2e-'))
const artifacts = process.env.E2E_ARTIFACTS ?? join(work, 'artifacts')
mkdirSync(artifacts, { recursive: true })

const children = []
let dev
let app
let context
let tokens

/** Starts a child process whose output is kept in the artifacts directory. */
function start(name, command, args, options = {}) {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  children.push({ child, flush: () => writeFileSync(join(artifacts, `${name}.log`), output) })
  return child
}

async function until(what, child, ready) {
  const deadline = Date.now() + 60_000
  while (!(await ready())) {
    assert.ok(child.exitCode === null, `${what} exited (see ${artifacts})`)
    assert.ok(Date.now() < deadline, `${what} did not come up (see ${artifacts})`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** A port for `next start`, which prints no port of its own choosing. */
async function freePort() {
  const server = createServer()
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function admin(project, path, body) {
  const response = await fetch(`${project.api_url}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${project.secret_key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  assert.ok(response.ok, `POST ${path}: ${response.status} ${await response.clone().text()}`)
  return response.json()
}

async function signIn(project, organization, email, password) {
  const response = await fetch(`${project.issuer}/v1/login/password`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ organization, email, password }),
  })
  assert.equal(response.status, 200, await response.clone().text())
  return (await response.json()).access_token
}

function call(path, token) {
  return fetch(`${app}${path}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    redirect: 'manual',
  })
}

/** One signature character in the middle changes: never a no-op, unlike the last ones. */
function tamper(token) {
  const at = token.lastIndexOf('.') + 20
  return `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`
}

before(async () => {
  const dataDir = join(work, 'data')
  const readyFile = join(work, 'ready.json')
  const gatehouse = start('gatehouse', binary, ['dev', '--data-dir', dataDir, '--port', '0', '--ready-file', readyFile])
  await until('gatehouse dev', gatehouse, () => existsSync(readyFile))
  dev = JSON.parse(readFileSync(JSON.parse(readFileSync(readyFile, 'utf8')).dev_json, 'utf8'))

  await admin(dev, '/v1/actions', { name: 'reports.read', description: 'Read reports' })
  await admin(dev, '/v1/roles', { key: 'analyst', name: 'Analyst', actions: ['reports.read'] })
  const acme = dev.demo_organization_id
  await admin(dev, '/v1/users', { organization_id: acme, email: 'ada@acme.test', password: PASSWORD, email_verified: true, roles: ['analyst'] })
  await admin(dev, '/v1/users', { organization_id: acme, email: 'bob@acme.test', password: PASSWORD, email_verified: true, roles: ['member'] })

  // A second project on the same server: its tokens are well signed, by keys of another issuer.
  const other = JSON.parse(
    execFileSync(binary, [
      ...['project', 'create', '--name', 'Other', '--environment', 'test'],
      ...['--public-url', dev.api_url, '--data-dir', dataDir],
    ]),
  )
  const elsewhere = await admin(other, '/v1/organizations', { name: 'Elsewhere', slug: 'elsewhere' })
  await admin(other, '/v1/users', { organization_id: elsewhere.id, email: 'eve@elsewhere.test', password: PASSWORD, email_verified: true })

  tokens = {
    analyst: await signIn(dev, 'acme', 'ada@acme.test', PASSWORD),
    member: await signIn(dev, 'acme', 'bob@acme.test', PASSWORD),
    foreign: await signIn(other, 'elsewhere', 'eve@elsewhere.test', PASSWORD),
  }

  const port = await freePort()
  const next = start('next', join(APP, 'node_modules', '.bin', 'next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: APP,
    env: { ...process.env, GATEHOUSE_PUBLISHABLE_KEY: dev.publishable_key, NEXT_TELEMETRY_DISABLED: '1' },
  })
  app = `http://127.0.0.1:${port}`
  await until('next start', next, () => fetch(app).then((response) => response.ok, () => false))

  context = await chromium.launchPersistentContext(join(work, 'chromium-profile'), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
})

after(async () => {
  await context?.close().catch(() => {})
  for (const { child, flush } of children.reverse()) {
    if (child.exitCode === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await gone
    }
    flush()
  }
  if (!process.env.E2E_ARTIFACTS) rmSync(work, { recursive: true, force: true })
})

test('the middleware is bundled for the Edge runtime with the WebAssembly module', () => {
  const manifest = JSON.parse(readFileSync(join(APP, '.next', 'server', 'middleware-manifest.json'), 'utf8'))
  const middleware = Object.values(manifest.middleware)
  assert.equal(middleware.length, 1)
  assert.ok(middleware[0].wasm.length >= 1, 'the core is a wasm binding of the middleware')
})

for (const [path, guard] of [
  ['/api/me', 'the Edge middleware'],
  ['/api/reports', "the route handler's requirePermission"],
]) {
  test(`${path} (${guard}): no token is 401 missing_token`, async () => {
    const response = await call(path)
    assert.equal(response.status, 401)
    assert.equal(response.headers.get('www-authenticate'), 'Bearer')
    const body = await response.json()
    assert.deepEqual(Object.keys(body).sort(), ['code', 'error', 'message'])
    assert.equal(body.error, 'unauthorized')
    assert.equal(body.code, 'missing_token')
  })

  test(`${path} (${guard}): a tampered token is 401 invalid_signature`, async () => {
    const response = await call(path, tamper(tokens.analyst))
    assert.equal(response.status, 401)
    assert.match(response.headers.get('www-authenticate'), /^Bearer error="invalid_token"/)
    assert.equal((await response.json()).code, 'invalid_signature')
  })

  test(`${path} (${guard}): another project's token is 401`, async () => {
    const response = await call(path, tokens.foreign)
    assert.equal(response.status, 401)
    assert.match(response.headers.get('www-authenticate'), /^Bearer error="invalid_token"/)
    assert.equal((await response.json()).code, 'unknown_key')
  })
}

test('a valid token is 200 and names the caller', async () => {
  const response = await call('/api/me', tokens.analyst)
  assert.equal(response.status, 200)
  const me = await response.json()
  assert.equal(me.organizationId, dev.demo_organization_id)
  assert.equal(me.email, 'ada@acme.test')
  assert.deepEqual(me.actions, ['reports.read'])
})

test('a missing permission is 403 forbidden; holding it is 200', async () => {
  const refused = await call('/api/reports', tokens.member)
  assert.equal(refused.status, 403)
  assert.match(refused.headers.get('www-authenticate'), /^Bearer error="insufficient_scope"/)
  const body = await refused.json()
  assert.equal(body.error, 'forbidden')
  assert.equal(body.code, 'forbidden')
  const allowed = await call('/api/reports', tokens.analyst)
  assert.equal(allowed.status, 200)
  assert.deepEqual(await allowed.json(), { organizationId: dev.demo_organization_id, reports: [] })
})

test('the cookie counts for a GET only: a POST needs the bearer token (the CSRF rule)', async () => {
  const cookie = { Cookie: `gatehouse_access_token=${tokens.analyst}` }
  assert.equal((await fetch(`${app}/api/me`, { headers: cookie })).status, 200)
  const refused = await fetch(`${app}/api/me`, { method: 'POST', headers: cookie })
  assert.equal(refused.status, 401)
  assert.equal((await refused.json()).code, 'missing_token')
})

test('an organization API key is refused: checking one takes the secret key', async () => {
  const { secret } = await admin(dev, '/v1/api_keys', {
    organization_id: dev.demo_organization_id,
    name: 'reports export',
    actions: ['reports.read'],
  })
  for (const path of ['/api/me', '/api/reports']) {
    const response = await call(path, secret)
    assert.equal(response.status, 401)
    assert.equal((await response.json()).code, 'invalid_api_key')
  }
})

test('the Edge and Node.js runtimes refuse with the same body', async () => {
  const forged = tamper(tokens.analyst)
  const [edge, node] = await Promise.all([call('/api/me', forged), call('/api/reports', forged)])
  assert.equal(await edge.text(), await node.text())
})

test('in Chromium: sign-in redirect, the dashboard shows the user, a tampered cookie signs out', async () => {
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(30_000)
  try {
    await page.goto(`${app}/dashboard`)
    await page.waitForURL((url) => url.pathname === '/signin')
    assert.equal(new URL(page.url()).searchParams.get('return_to'), '/dashboard')

    await page.getByLabel('Email').fill('ada@acme.test')
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.pathname === '/dashboard')
    assert.equal(await page.getByTestId('email').textContent(), 'ada@acme.test')
    assert.equal(await page.getByTestId('organization').textContent(), 'Acme Inc.')
    assert.equal(await page.getByTestId('roles').textContent(), 'analyst')
    assert.equal(await page.getByTestId('reports').textContent(), 'yes')

    // The cookie is HttpOnly: the page cannot read it, but its same-origin GETs carry it.
    assert.equal(await page.evaluate(() => document.cookie), '')
    const me = await page.evaluate(async () => {
      const response = await fetch('/api/me')
      return { status: response.status, body: await response.json() }
    })
    assert.equal(me.status, 200)
    assert.equal(me.body.email, 'ada@acme.test')

    const [cookie] = (await context.cookies(app)).filter((each) => each.name === 'gatehouse_access_token')
    assert.ok(cookie?.httpOnly, 'the access token is in an HttpOnly cookie')
    await context.addCookies([{ ...cookie, value: tamper(cookie.value) }])
    await page.goto(`${app}/dashboard`)
    await page.waitForURL((url) => url.pathname === '/signin')
  } catch (error) {
    await page.screenshot({ path: join(artifacts, 'failure.png'), fullPage: true }).catch(() => {})
    writeFileSync(join(artifacts, 'failure.html'), await page.content().catch(() => ''))
    throw error
  }
})
