// End-to-end SAML sign-ins in headless Chromium against two identity providers nobody here
// wrote, pysaml2 (scripts/lib/saml-idp-server.py) and samlify (scripts/lib/samlify-idp.mjs),
// driven by scripts/test-sso. Each check is a plain
// assertion over what a person and the backend API see: the page reached, the user the
// sign-in created, the audit log, and the stable error codes of refused sign-ins.
//
//   node scripts/lib/sso-e2e.mjs WORK_DIR   (WORK_DIR holds gatehouse.json, idp.json,
//   idp-initiated.json and samlify.json: the ready files of gatehouse dev, of two pysaml2 IdPs,
//   the second with --auto-login, and of the samlify IdP; the IdPs read their SP metadata from
//   sp.xml, sp-initiated.xml and sp-samlify.xml there)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';

const work = process.argv[2];
const ready = JSON.parse(readFileSync(join(work, 'gatehouse.json'), 'utf8'));
const dev = JSON.parse(readFileSync(ready.dev_json, 'utf8'));
const idp = JSON.parse(readFileSync(join(work, 'idp.json'), 'utf8'));
const autoIdp = JSON.parse(readFileSync(join(work, 'idp-initiated.json'), 'utf8'));
const base = ready.base_url;
const issuer = dev.issuer;

async function api(method, path, body) {
  const answer = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${dev.secret_key}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await answer.text();
  return { status: answer.status, body: text ? JSON.parse(text) : null };
}

async function created(path, body) {
  const answer = await api('POST', path, body);
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body;
}

// Two organizations configure the same IdP; only corp verified corp.example.
const corp = await created('/v1/organizations', { name: 'Corp', slug: 'corp', domains: ['corp.example'] });
const other = await created('/v1/organizations', { name: 'Other', slug: 'other', domains: ['other.example'] });
const connection = (org, extra = {}) =>
  created(`/v1/organizations/${org.id}/saml_connections`, {
    name: 'pysaml2',
    idp_metadata_url: idp.metadata_url,
    group_roles: { engineering: ['admin'] },
    ...extra,
  });
const corpSaml = await connection(corp);
const corpInitiated = await connection(corp, {
  idp_metadata_url: autoIdp.metadata_url,
  allow_idp_initiated: true,
});
const otherSaml = await connection(other);
// The IdP learns both service providers from their metadata.
const spMetadata = async (c) => (await fetch(c.sp_metadata_url)).text();
const strip = (xml) => xml.replace(/<\?xml[^>]*\?>/, '');
writeFileSync(
  join(work, 'sp.xml'),
  '<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">' +
    strip(await spMetadata(corpSaml)) +
    strip(await spMetadata(otherSaml)) +
    '</md:EntitiesDescriptor>',
);
writeFileSync(join(work, 'sp-initiated.xml'), await spMetadata(corpInitiated));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
const results = [];
async function check(name, body) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await body(page);
    results.push(`ok   ${name}`);
  } catch (error) {
    const text = await page.locator('body').innerText().catch(() => '');
    console.error(`FAIL ${name}\n  at ${page.url()}\n  page: ${text.slice(0, 600)}`);
    throw error;
  } finally {
    await context.close();
  }
}

async function idpLogin(page, email) {
  await page.waitForURL((url) => url.href.startsWith(idp.sso_url), { timeout: 15000 });
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', 'alice');
  await page.click('button[type=submit]');
}

const atAccount = (url) => url.href.startsWith(`${issuer}/account`);
const errorCode = async (page) => (await page.locator('code').first().textContent()).trim();

await check('SP-initiated: routed by domain, JIT user with mapped roles, amr sso', async (page) => {
  let posted;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url() === corpSaml.acs_url) posted = request.postData();
  });
  await page.goto(`${issuer}/login`);
  await page.fill('input[name=email]', 'alice@corp.example');
  await page.click('button[type=submit]');
  await idpLogin(page, 'alice@corp.example');
  await page.waitForURL(atAccount, { timeout: 15000 });
  assert.ok(posted && posted.includes('SAMLResponse='), 'the IdP posted to the ACS');
  const users = await api('GET', `/v1/users?organization_id=${corp.id}&email=alice@corp.example`);
  assert.equal(users.status, 200, JSON.stringify(users.body));
  const alice = users.body.data.find((u) => u.email === 'alice@corp.example');
  assert.ok(alice, JSON.stringify(users.body));
  assert.deepEqual(alice.roles, ['admin']);
  const log = await api('GET', `/v1/audit_log?organization_id=${corp.id}&action=user.login`);
  const login = log.body.data.find((e) => e.target === alice.id);
  assert.equal(login.details.method, 'sso');
  assert.equal(login.details.sso_connection_id, corpSaml.id);
});

await check('an application sign-in through SAML: tokens say amr sso and the connection', async (page) => {
  const redirectUri = 'http://localhost:5173/callback';
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  // Nothing listens at the application's redirect URI: the request the browser makes there
  // carries the code.
  const callbackRequest = page.waitForRequest((r) => r.url().startsWith(redirectUri), {
    timeout: 20000,
  });
  const authorize = new URL(`${issuer}/oauth/authorize`);
  for (const [k, v] of Object.entries({
    response_type: 'code', client_id: dev.publishable_key, redirect_uri: redirectUri,
    scope: 'openid email', code_challenge: challenge, code_challenge_method: 'S256', prompt: 'login',
  })) authorize.searchParams.set(k, v);
  await page.goto(authorize.href);
  await page.fill('input[name=email]', 'alice@corp.example');
  await page.click('button[type=submit]');
  await idpLogin(page, 'alice@corp.example');
  const callback = (await callbackRequest).url();
  const code = new URL(callback).searchParams.get('code');
  assert.ok(code, callback);
  const token = await fetch(`${issuer}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code, redirect_uri: redirectUri,
      client_id: dev.publishable_key, code_verifier: verifier,
    }),
  });
  const tokens = await token.json();
  assert.equal(token.status, 200, JSON.stringify(tokens));
  const claims = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());
  for (const jwt of [tokens.access_token, tokens.id_token]) {
    const c = claims(jwt);
    assert.deepEqual(c.amr, ['sso']);
    assert.equal(c.sso_connection_id, corpSaml.id);
  }
});

await check('mapped roles follow the IdP at every sign-in; roles outside the mapping stay', async (page) => {
  const find = async () =>
    (await api('GET', `/v1/users?organization_id=${corp.id}&email=alice@corp.example`)).body.data.find(
      (u) => u.email === 'alice@corp.example',
    );
  const alice = await find();
  // By hand: owner (not in the mapping) beside the mapped admin.
  const granted = await api('PATCH', `/v1/users/${alice.id}`, { roles: ['admin', 'owner'] });
  assert.equal(granted.status, 200, JSON.stringify(granted.body));
  // alice stays in engineering, which now maps to member; admin is given by another group.
  const remapped = await api('PATCH', `/v1/organizations/${corp.id}/saml_connections/${corpSaml.id}`, {
    group_roles: { engineering: ['member'], contractors: ['admin'] },
  });
  assert.equal(remapped.status, 200, JSON.stringify(remapped.body));
  try {
    await page.goto(`${issuer}/sso/${corpSaml.id}/start`);
    await idpLogin(page, 'alice@corp.example');
    await page.waitForURL(atAccount, { timeout: 15000 });
    assert.deepEqual((await find()).roles, ['member', 'owner']);
    const log = await api('GET', `/v1/audit_log?organization_id=${corp.id}&action=user.updated`);
    const change = log.body.data.filter((e) => e.target === alice.id && e.details.roles_added).at(-1);
    assert.deepEqual(change.details.roles_added, ['member']);
    assert.deepEqual(change.details.roles_removed, ['admin']);
    assert.equal(change.details.sso_connection_id, corpSaml.id);
  } finally {
    await api('PATCH', `/v1/organizations/${corp.id}/saml_connections/${corpSaml.id}`, {
      group_roles: { engineering: ['admin'] },
    });
  }
});

await check("another organization's connection cannot sign corp's user in", async (page) => {
  await page.goto(`${issuer}/sso/${otherSaml.id}/start`);
  await idpLogin(page, 'alice@corp.example');
  await page.waitForURL((url) => url.href.startsWith(`${issuer}/sso/`), { timeout: 15000 });
  assert.equal(await errorCode(page), 'sso_wrong_organization');
  assert.ok(!(await page.context().cookies()).some((c) => c.name.includes('session')));
});

await check('JIT only for verified domains', async (page) => {
  await page.goto(`${issuer}/sso/${corpSaml.id}/start`);
  await idpLogin(page, 'mallory@unverified.example');
  await page.waitForURL((url) => url.href.startsWith(`${issuer}/sso/`), { timeout: 15000 });
  assert.equal(await errorCode(page), 'sso_domain_not_verified');
});

await check('a SCIM-provisioned user is linked, and refused once the directory deactivates them', async (page) => {
  const token = await created(`/v1/organizations/${corp.id}/scim_tokens`, { name: 'directory' });
  const scim = (method, path, body) =>
    fetch(`${token.base_url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token.secret}`, 'content-type': 'application/scim+json' },
      body: JSON.stringify(body),
    });
  const provisioned = await scim('POST', '/Users', {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    userName: 'bob@corp.example',
    active: true,
    emails: [{ value: 'bob@corp.example', type: 'work', primary: true }],
  });
  const provisionedText = await provisioned.text();
  assert.equal(provisioned.status, 201, provisionedText);
  const bob = JSON.parse(provisionedText);
  const log = async () =>
    (await api('GET', `/v1/audit_log?organization_id=${corp.id}&action=user.login`)).body.data;
  await page.goto(`${issuer}/sso/${corpSaml.id}/start`);
  await idpLogin(page, 'bob@corp.example');
  await page.waitForURL(atAccount, { timeout: 15000 });
  assert.equal((await log()).at(-1).target, bob.id, 'the SCIM user, not a new one');
  const deactivated = await scim('PATCH', `/Users/${bob.id}`, {
    schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
    Operations: [{ op: 'replace', path: 'active', value: false }],
  });
  assert.equal(deactivated.status, 200, await deactivated.text());
  const again = await page.context().newPage();
  await again.goto(`${issuer}/sso/${corpSaml.id}/start`);
  await idpLogin(again, 'bob@corp.example');
  await again.waitForURL((url) => url.href.startsWith(`${issuer}/sso/`), { timeout: 15000 });
  assert.equal(await errorCode(again), 'sso_user_deactivated');
});

await check('IdP-initiated refused where not opted in', async (page) => {
  await page.goto(`${autoIdp.base_url}/initiate?acs=${encodeURIComponent(corpSaml.acs_url)}`);
  await page.waitForURL((url) => url.href.startsWith(corpSaml.acs_url), { timeout: 15000 });
  assert.equal(await errorCode(page), 'saml_unsolicited');
});

await check('IdP-initiated (opted in) signs in; the same assertion replayed is refused', async (page) => {
  let posted;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url() === corpInitiated.acs_url) {
      posted = request.postData();
    }
  });
  await page.goto(`${autoIdp.base_url}/initiate?acs=${encodeURIComponent(corpInitiated.acs_url)}`);
  await page.waitForURL(atAccount, { timeout: 15000 });
  assert.ok(posted, 'the IdP posted an unsolicited response');
  const replay = await fetch(corpInitiated.acs_url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: posted,
    redirect: 'manual',
  });
  assert.equal(replay.status, 400);
  assert.ok((await replay.text()).includes('saml_replayed'));
});

// samlify (scripts/lib/samlify-idp.mjs) as a second SAML IdP implementation.
const samlifyIdp = JSON.parse(readFileSync(join(work, 'samlify.json'), 'utf8'));
const corpSamlify = await connection(corp, {
  name: 'samlify',
  idp_metadata_url: samlifyIdp.metadata_url,
  allow_idp_initiated: true,
});
writeFileSync(join(work, 'sp-samlify.xml'), await spMetadata(corpSamlify));
const lastLogin = async () =>
  (await api('GET', `/v1/audit_log?organization_id=${corp.id}&action=user.login`)).body.data.at(-1);

// Starts at the samlify connection and submits samlify's login form.
async function samlifyLogin(page, password) {
  await page.goto(`${issuer}/sso/${corpSamlify.id}/start`);
  await page.waitForURL((url) => url.href.startsWith(samlifyIdp.sso_url), { timeout: 15000 });
  await page.fill('input[name=email]', 'alice@corp.example');
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
}

await check('samlify IdP: SP-initiated sign-in through its login form', async (page) => {
  await samlifyLogin(page, 'alice');
  await page.waitForURL(atAccount, { timeout: 15000 });
  const login = await lastLogin();
  assert.equal(login.details.method, 'sso');
  assert.equal(login.details.sso_connection_id, corpSamlify.id);
});

await check('samlify IdP: a wrong password stays at the IdP and signs nobody in', async (page) => {
  await samlifyLogin(page, 'not alice');
  await page.locator('[role=alert]').waitFor({ timeout: 15000 });
  assert.ok(!(await page.context().cookies()).some((c) => c.name.includes('session')));
});

await check('samlify IdP: IdP-initiated (opted in) signs in', async (page) => {
  await page.goto(`${samlifyIdp.base_url}/initiate?email=alice@corp.example`);
  await page.waitForURL(atAccount, { timeout: 15000 });
  assert.equal((await lastLogin()).details.sso_connection_id, corpSamlify.id);
});

// OIDC: oidc-provider (scripts/lib/oidc-idp.mjs) as the organization's OpenID provider. Its
// redirect URI names the connection, so a first provider answers the discovery of the new
// connection, and a second one, knowing the redirect URI, replaces it (discovered again).
const providers = [];
async function provider(redirectUri, name) {
  const readyFile = join(work, `${name}.json`);
  const child = spawn(
    process.execPath,
    [
      join(process.env.GATEHOUSE_REPO, 'scripts/lib/oidc-idp.mjs'),
      '--ready-file', readyFile, '--client-id', 'gatehouse', '--client-secret', 'gatehouse-secret',
      '--redirect-uri', redirectUri, '--email', 'alice@corp.example', '--groups', 'engineering',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  providers.push(child);
  for (let i = 0; i < 200; i += 1) {
    try {
      return JSON.parse(readFileSync(readyFile, 'utf8')).issuer;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${name} did not start`);
}
try {
  const first = await provider('http://127.0.0.1/unused', 'oidc-first');
  const oidc = await created(`/v1/organizations/${corp.id}/oidc_connections`, {
    name: 'oidc-provider', issuer: first, client_id: 'gatehouse', client_secret: 'gatehouse-secret',
    scopes: ['openid', 'email', 'profile'],
  });
  assert.ok(!('client_secret' in oidc), 'the client secret is write-only');
  const second = await provider(oidc.redirect_uri, 'oidc-second');
  const patched = await api('PATCH', `/v1/organizations/${corp.id}/oidc_connections/${oidc.id}`, {
    issuer: second,
  });
  assert.equal(patched.status, 200, JSON.stringify(patched.body));
  await check('OIDC federation: code flow with PKCE links the verified-domain user', async (page) => {
    await page.goto(`${issuer}/sso/${oidc.id}/start`);
    await page.waitForURL(atAccount, { timeout: 20000 });
    const log = await api('GET', `/v1/audit_log?organization_id=${corp.id}&action=user.login`);
    const last = log.body.data.at(-1);
    assert.equal(last.details.method, 'sso');
    assert.equal(last.details.sso_connection_id, oidc.id);
  });
} finally {
  for (const child of providers) child.kill();
}

await browser.close();
console.log(results.join('\n'));
