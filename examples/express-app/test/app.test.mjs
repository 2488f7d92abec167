// The example against a real `gatehouse dev` server (GATEHOUSE_BIN, or target/debug/gatehouse):
// two organizations, real sign-ins and an API key, and the scoping the app promises.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, test } from 'node:test'

import { createApp } from '../app.mjs'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const binary =
  process.env.GATEHOUSE_BIN ?? join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'debug', 'gatehouse')

let gatehouse
let dataDir
let dev
let api
let listening

async function backend(method, path, body) {
  const response = await fetch(`${dev.api_url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${dev.secret_key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${await response.clone().text()}`)
  return response.json()
}

async function signIn(organization, email, password) {
  const response = await fetch(`${dev.issuer}/v1/login/password`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ organization, email, password }),
  })
  assert.equal(response.status, 200)
  return (await response.json()).access_token
}

function call(credential, method, path, body) {
  return fetch(`${api}${path}`, {
    method,
    headers: {
      ...(credential ? { Authorization: `Bearer ${credential}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
}

const password = 'correct horse battery staple'
let owner
let accountant
let member
let outsider
let apiKey

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'gatehouse-express-app-'))
  // `dev --port 0 --ready-file` writes the base URL and the dev.json path once it listens.
  const readyFile = join(dataDir, 'ready.json')
  gatehouse = spawn(binary, ['dev', '--data-dir', dataDir, '--port', '0', '--ready-file', readyFile], {
    stdio: 'ignore',
  })
  const deadline = Date.now() + 60_000
  while (!existsSync(readyFile)) {
    assert.ok(Date.now() < deadline && gatehouse.exitCode === null, `${binary} dev did not come up`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  dev = JSON.parse(readFileSync(JSON.parse(readFileSync(readyFile, 'utf8')).dev_json, 'utf8'))

  await backend('POST', '/v1/actions', { name: 'invoices.write', description: 'Create invoices' })
  await backend('POST', '/v1/roles', { key: 'accountant', name: 'Accountant', actions: ['invoices.write'] })
  const acme = dev.demo_organization_id
  await backend('POST', '/v1/users', { organization_id: acme, email: 'ada@acme.test', password, email_verified: true, roles: ['accountant'] })
  await backend('POST', '/v1/users', { organization_id: acme, email: 'bob@acme.test', password, email_verified: true, roles: ['member'] })
  const globex = await backend('POST', '/v1/organizations', { name: 'Globex', slug: 'globex' })
  await backend('POST', '/v1/users', {
    organization_id: globex.id,
    email: 'hank@globex.test',
    password,
    email_verified: true,
    roles: ['accountant'],
  })
  owner = await signIn('acme', dev.demo_user_email, dev.demo_user_password)
  accountant = await signIn('acme', 'ada@acme.test', password)
  member = await signIn('acme', 'bob@acme.test', password)
  outsider = await signIn('globex', 'hank@globex.test', password)
  apiKey = (await backend('POST', '/v1/api_keys', { organization_id: acme, name: 'erp sync', actions: ['invoices.write'] }))
    .secret

  listening = createApp({ publishableKey: dev.publishable_key, secretKey: dev.secret_key }).listen(0, '127.0.0.1')
  await new Promise((resolve) => listening.once('listening', resolve))
  api = `http://127.0.0.1:${listening.address().port}`
})

after(async () => {
  if (listening) await new Promise((resolve) => listening.close(resolve))
  if (gatehouse && gatehouse.exitCode === null) {
    const gone = new Promise((resolve) => gatehouse.once('exit', resolve))
    gatehouse.kill('SIGTERM')
    await gone
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

test('health is public, everything else needs a credential', async () => {
  assert.equal((await call(null, 'GET', '/healthz')).status, 200)
  const refused = await call(null, 'GET', '/invoices')
  assert.equal(refused.status, 401)
  assert.equal(refused.headers.get('www-authenticate'), 'Bearer')
  assert.equal((await refused.json()).code, 'missing_token')
})

test('/me describes the caller', async () => {
  const me = await (await call(accountant, 'GET', '/me')).json()
  assert.equal(me.kind, 'access_token')
  assert.equal(me.organizationId, dev.demo_organization_id)
  assert.equal(me.email, 'ada@acme.test')
  assert.deepEqual(me.actions, ['invoices.write'])
})

test('invoices are created with the permission and stay inside their organization', async () => {
  const created = await call(accountant, 'POST', '/invoices', { customer: 'Wayne Enterprises', amountCents: 125_000 })
  assert.equal(created.status, 201)
  const invoice = await created.json()

  const byKey = await call(apiKey, 'POST', '/invoices', { customer: 'Stark Industries', amountCents: 990 })
  assert.equal(byKey.status, 201)
  assert.match((await byKey.json()).createdBy, /key_/)

  const listed = await (await call(owner, 'GET', '/invoices')).json()
  assert.deepEqual(listed.data.map((each) => each.customer), ['Wayne Enterprises', 'Stark Industries'])
  assert.equal((await call(owner, 'GET', `/invoices/${invoice.id}`)).status, 200)

  assert.deepEqual(await (await call(outsider, 'GET', '/invoices')).json(), { data: [] })
  assert.equal((await call(outsider, 'GET', `/invoices/${invoice.id}`)).status, 404)
})

test('creating without the permission is 403, bad input 400', async () => {
  const refused = await call(member, 'POST', '/invoices', { customer: 'Acme', amountCents: 1 })
  assert.equal(refused.status, 403)
  assert.equal((await refused.json()).code, 'forbidden')
  assert.equal((await call(accountant, 'POST', '/invoices', { customer: '' })).status, 400)
})

test('a forged token is refused', async () => {
  // One signature character in the middle changes: never a no-op, unlike the last ones,
  // which may carry only padding bits.
  const at = accountant.lastIndexOf('.') + 20
  const forged = `${accountant.slice(0, at)}${accountant[at] === 'A' ? 'B' : 'A'}${accountant.slice(at + 1)}`
  const refused = await call(forged, 'GET', '/invoices')
  assert.equal(refused.status, 401)
  assert.equal((await refused.json()).code, 'invalid_signature')
})

test('a role granted by an administrator takes effect at the next refresh', async () => {
  const user = await backend('POST', '/v1/users', {
    organization_id: dev.demo_organization_id,
    email: 'carol@acme.test',
    password,
    email_verified: true,
    roles: ['member'],
  })
  const login = await fetch(`${dev.issuer}/v1/login/password`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ organization: 'acme', email: 'carol@acme.test', password }),
  })
  const tokens = await login.json()
  const invoice = { customer: 'Initech', amountCents: 4_200 }
  assert.equal((await call(tokens.access_token, 'POST', '/invoices', invoice)).status, 403)

  await backend('PATCH', `/v1/users/${user.id}`, { roles: ['member', 'accountant'] })
  // The token in hand still says what it said.
  assert.equal((await call(tokens.access_token, 'POST', '/invoices', invoice)).status, 403)
  const refreshed = await fetch(`${dev.issuer}/oauth/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }),
  })
  assert.equal(refreshed.status, 200)
  const next = await refreshed.json()
  assert.equal((await call(next.access_token, 'POST', '/invoices', invoice)).status, 201)
})
