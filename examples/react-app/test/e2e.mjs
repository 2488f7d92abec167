// End to end, in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
// a real `gatehouse dev` with 60 s access tokens, the Express example API, and this app on Vite's
// dev server. The test opens the app, is sent to the hosted login, signs in as the demo user,
// sees the email, the organization and a successful API call, waits past the access token's
// lifetime and sees it refreshed in the background without any navigation, then signs out and
// lands signed out. On failure it saves a screenshot and the page's HTML into the directory it
// prints, and exits non-zero.
//
//   GATEHOUSE_BIN=target/debug/gatehouse node examples/react-app/test/e2e.mjs
//
// Environment: GATEHOUSE_BIN (else $CARGO_TARGET_DIR/debug/gatehouse), CHROMIUM (default
// /usr/bin/chromium), E2E_ARTIFACTS (where failure screenshots go; default a new temp dir).
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer as createNetServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { chromium } from 'playwright-core'
import { createServer as createViteServer } from 'vite'

const APP = fileURLToPath(new URL('..', import.meta.url))
const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const binary =
  process.env.GATEHOUSE_BIN ?? join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'debug', 'gatehouse')
const ACCESS_TOKEN_LIFETIME = 60
const work = mkdtempSync(join(tmpdir(), 'gatehouse-react-e2e-'))
const artifacts = process.env.E2E_ARTIFACTS ?? join(work, 'artifacts')
mkdirSync(artifacts, { recursive: true })

const children = []
const cleanups = []
let step = 'setup'

function log(message) {
  console.log(`[e2e ${new Date().toISOString().slice(11, 19)}] ${message}`)
}

async function freePort() {
  const server = createNetServer()
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Starts a child process whose output goes to a log file in the artifacts directory. */
function start(name, command, args, options) {
  const logFile = join(artifacts, `${name}.log`)
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  child.on('exit', () => writeFileSync(logFile, output))
  children.push({ name, child, flush: () => writeFileSync(logFile, output) })
  return child
}

async function waitFor(url, child, what) {
  const deadline = Date.now() + 60_000
  for (;;) {
    const up = await fetch(url).then((response) => response.ok, () => false)
    if (up) return
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${what} did not come up (${url})`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function main() {
  log(`logs, and screenshots on failure, go to ${artifacts}`)
  step = 'starting gatehouse dev'
  const gatehousePort = await freePort()
  const dataDir = join(work, 'data')
  const gatehouse = start('gatehouse', binary, ['dev', '--data-dir', dataDir, '--port', String(gatehousePort)])
  await waitFor(`http://127.0.0.1:${gatehousePort}/healthz`, gatehouse, 'gatehouse dev')
  const dev = JSON.parse(readFileSync(join(dataDir, 'dev.json'), 'utf8'))
  const patched = await fetch(`${dev.api_url}/v1/project`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${dev.secret_key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ access_token_lifetime_seconds: ACCESS_TOKEN_LIFETIME }),
  })
  assert.equal(patched.status, 200, `PATCH /v1/project: ${await patched.text()}`)
  log(`gatehouse dev on ${dev.api_url}, access tokens live ${ACCESS_TOKEN_LIFETIME} s`)

  step = 'starting the Express example API'
  const apiPort = await freePort()
  const api = start('express-api', process.execPath, ['server.mjs'], {
    cwd: join(ROOT, 'examples', 'express-app'),
    env: { ...process.env, GATEHOUSE_PUBLISHABLE_KEY: dev.publishable_key, PORT: String(apiPort) },
  })
  await waitFor(`http://127.0.0.1:${apiPort}/healthz`, api, 'the Express example API')
  log(`Express example API on http://127.0.0.1:${apiPort}`)

  step = 'starting the app (Vite)'
  process.env.VITE_GATEHOUSE_PUBLISHABLE_KEY = dev.publishable_key
  process.env.API_URL = `http://127.0.0.1:${apiPort}`
  const appPort = await freePort()
  const vite = await createViteServer({
    root: APP,
    configFile: join(APP, 'vite.config.ts'),
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: appPort, strictPort: true },
  })
  await vite.listen()
  cleanups.push(() => vite.close())
  const app = `http://localhost:${appPort}`
  log(`app on ${app}`)

  step = 'starting Chromium'
  const context = await chromium.launchPersistentContext(join(work, 'chromium-profile'), {
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
  cleanups.push(() => context.close())
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(30_000)
  const consoleLines = []
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`))
  page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`))
  cleanups.push(() => writeFileSync(join(artifacts, 'browser-console.log'), consoleLines.join('\n')))
  const navigations = []
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url())
  })

  try {
    step = 'opening the app: redirected to the hosted login'
    await page.goto(app)
    await page.waitForURL((url) => url.href.startsWith(dev.issuer))
    const email = page.getByLabel('Email')
    await email.waitFor()
    log(`redirected to the hosted login: ${new URL(page.url()).pathname}`)

    step = 'signing in as the demo user'
    await email.fill(dev.demo_user_email)
    await page.getByRole('button', { name: 'Continue' }).click()
    const password = page.getByLabel('Password')
    const organizationChoice = page.getByRole('button', { name: /Acme Inc\./ })
    await Promise.race([password.waitFor(), organizationChoice.waitFor()])
    if (await organizationChoice.isVisible()) await organizationChoice.click()
    await password.fill(dev.demo_user_password)
    await page.getByRole('button', { name: 'Sign in' }).click()

    step = 'back in the app: user, organization and API call'
    await page.waitForURL((url) => url.href.startsWith(app))
    await page.getByTestId('email').waitFor()
    assert.equal(await page.getByTestId('email').textContent(), dev.demo_user_email)
    assert.equal(await page.getByTestId('organization').textContent(), 'Acme Inc.')
    await page.getByText(/GET \/me answered 200/).waitFor()
    assert.equal(new URL(page.url()).search, '', 'the code and state are gone from the address bar')
    const signedInAt = Date.now()
    const firstToken = await page.getByTestId('token-id').textContent()
    const navigationsBefore = navigations.length
    log(`signed in as ${dev.demo_user_email} in Acme Inc.; API call succeeded; token ${firstToken}`)

    step = 'waiting past the access token lifetime for a background refresh'
    await page.waitForFunction(
      (first) => document.querySelector('[data-testid="token-id"]')?.textContent !== first,
      firstToken,
      { timeout: (ACCESS_TOKEN_LIFETIME + 15) * 1000, polling: 500 },
    )
    const remaining = signedInAt + (ACCESS_TOKEN_LIFETIME + 2) * 1000 - Date.now()
    if (remaining > 0) await page.waitForTimeout(remaining)
    const secondToken = await page.getByTestId('token-id').textContent()
    assert.notEqual(secondToken, firstToken)
    assert.equal(navigations.length, navigationsBefore, `no navigation during the refresh: ${navigations.slice(navigationsBefore)}`)
    const expiry = Date.parse(await page.getByTestId('token-expiry').getAttribute('datetime'))
    assert.ok(expiry > Date.now(), 'the token in use is not expired')
    const before = await page.getByTestId('api-result').textContent()
    await page.getByRole('button', { name: 'Call the API again' }).click()
    await page.waitForFunction(
      (previous) => {
        const text = document.querySelector('[data-testid="api-result"]')?.textContent ?? ''
        return text.startsWith('GET /me answered 200') && text !== previous
      },
      before,
    )
    log(`${Math.round((Date.now() - signedInAt) / 1000)} s after sign-in: token ${secondToken}, no redirect, API call succeeded`)

    step = 'signing out'
    await page.getByRole('button', { name: 'Sign out' }).click()
    // The id_token_hint names the signed-in user, so the hosted login ends its session without
    // asking and sends the browser straight back.
    await page.waitForURL((url) => url.href.startsWith(app) && url.pathname === '/signed-out')
    // A redirect is not a navigation of its own: the logout URL shows up only if it rendered a page.
    assert.ok(
      !navigations.some((url) => url.includes('/oauth/logout')),
      'the hosted login asked to confirm the sign-out although the id_token_hint names the user',
    )
    await page.getByText('You are signed out.').waitFor()
    log('signed out; landed on /signed-out')

    step = 'a reload stays signed out (the hosted-login session ended too)'
    await page.reload()
    await page.getByText('You are signed out.').waitFor()
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.href.startsWith(dev.issuer))
    await page.getByLabel('Email').waitFor()
    log('sign in again shows the hosted login: the session is over')
  } catch (error) {
    writeFileSync(join(artifacts, 'navigations.log'), navigations.join('\n'))
    await page.screenshot({ path: join(artifacts, 'failure.png'), fullPage: true }).catch(() => {})
    writeFileSync(join(artifacts, 'failure.html'), await page.content().catch(() => ''))
    throw error
  }
}

let failed = false
try {
  await main()
  log('1 passed, 0 failed')
} catch (error) {
  failed = true
  console.error(`[e2e] FAILED while ${step}:`, error)
  console.error(`[e2e] screenshot, page HTML and logs are in ${artifacts}`)
  console.log('0 passed, 1 failed')
} finally {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {})
  for (const { child, flush } of children) {
    flush()
    if (child.exitCode === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await gone
    }
  }
  if (!failed && !process.env.E2E_ARTIFACTS) rmSync(work, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
