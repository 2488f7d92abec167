// Headless Chromium (Debian's package, driven by `playwright-core`; no browser is ever
// downloaded) clicks through the hosted login as a person would, with JavaScript turned off
// to hold the pages to their promise of working without it: sign-up that joins an
// organization by the email's verified domain, password sign-in (with the `organization`
// hint), the organization picker, a magic link and a password reset read from a real SMTP
// receiver, email verification, and branded dark pages where sign-up creates an
// organization. Every page is captured at desktop (1280×800) and mobile (390×844) width,
// and on failure too.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import * as oidc from 'openid-client';
import { Gatehouse } from '../lib/server.mjs';
import { CallbackApp } from '../lib/app.mjs';
import { linkIn } from '../lib/mailbox.mjs';

const SCREENSHOTS =
  process.env.GATEHOUSE_E2E_SCREENSHOTS ?? fileURLToPath(new URL('../screenshots/', import.meta.url));
const DESKTOP = { width: 1280, height: 800 };
const MOBILE = { width: 390, height: 844 };
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const gatehouse = new Gatehouse();
const app = new CallbackApp();
/** @type {import('playwright-core').BrowserContext} */
let context;
let profile = '';
/** @type {oidc.Configuration} */
let config;

before(async () => {
  await Promise.all([gatehouse.start(), app.start(), mkdir(SCREENSHOTS, { recursive: true })]);
  console.log(`screenshots: ${SCREENSHOTS}`);
  profile = await mkdtemp(join(tmpdir(), 'gatehouse-e2e-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: DESKTOP,
    javaScriptEnabled: false,
  });
  config = await oidc.discovery(new URL(gatehouse.issuer), gatehouse.dev.publishable_key, undefined, oidc.None(), {
    execute: [oidc.allowInsecureRequests],
  });
  oidc.enableNonRepudiationChecks(config);
});

after(async () => {
  await context?.close();
  await Promise.all([gatehouse.stop(), app.stop(), rm(profile, { recursive: true, force: true })]);
});

/** Captures the current page at desktop and mobile width. */
async function capture(page, name) {
  for (const [label, size] of [['desktop', DESKTOP], ['mobile', MOBILE]]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}

/**
 * Runs one scenario in a fresh page with no cookies: `body` gets the page and a `shot`
 * function numbering its captures; a failure captures the page it happened on.
 */
function scenario(name, body) {
  test(name, async () => {
    await context.clearCookies();
    const page = await context.newPage();
    let step = 0;
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const shot = async (what) => {
      step += 1;
      await capture(page, `${slug}-${String(step).padStart(2, '0')}-${what}`);
    };
    try {
      await body(page, shot);
    } catch (error) {
      await capture(page, `FAILED-${slug}`).catch(() => {});
      throw error;
    } finally {
      await page.close();
    }
  });
}

/** An authorization request of the built-in client; `finish` exchanges the code. */
async function authorization(extra = {}) {
  const verifier = oidc.randomPKCECodeVerifier();
  const nonce = oidc.randomNonce();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: app.redirectUri,
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    nonce,
    state,
    ...extra,
  });
  /** @param {import('playwright-core').Page} page */
  const finish = async (page) => {
    await page.waitForURL((u) => u.toString().startsWith(app.redirectUri));
    await assert.doesNotReject(page.getByRole('heading', { name: 'Signed in' }).waitFor());
    const tokens = await oidc.authorizationCodeGrant(config, new URL(page.url()), {
      pkceCodeVerifier: verifier,
      expectedNonce: nonce,
      expectedState: state,
      idTokenExpected: true,
    });
    return /** @type {import('openid-client').IDToken} */ (tokens.claims());
  };
  return { url: url.toString(), finish };
}

async function heading(page, text) {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

async function mailLink(email, before) {
  return linkIn(await gatehouse.mailbox.latest(email, before), gatehouse.issuer);
}

async function createUser(organizationId, email, password) {
  return gatehouse.api('POST', '/users', { organization_id: organizationId, email, password, name: email.split('@')[0], email_verified: true }, 201);
}

describe('hosted login in Chromium', () => {
  scenario('sign-up joins the organization of the verified email domain', async (page, shot) => {
    const email = 'new.person@acme.test';
    const { url, finish } = await authorization();
    await page.goto(url);
    await heading(page, 'Sign in');
    await shot('email');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await heading(page, 'Create your account');
    await page.getByLabel('Full name').fill('New Person');
    await page.getByLabel('Work email').fill(email);
    await page.getByLabel('Password').fill('a long new password 1');
    await shot('signup');
    const seen = gatehouse.mailbox.to(email).length;
    await page.getByRole('button', { name: 'Create account' }).click();
    await heading(page, 'Check your email');
    await shot('check-email');
    const mail = await gatehouse.mailbox.latest(email, seen);
    assert.match(mail.subject ?? '', /Confirm your email/);
    assert.ok(mail.html, 'the message has an HTML part');
    await page.goto(linkIn(mail, gatehouse.issuer));
    await heading(page, 'Finish signing up');
    await page.getByLabel('Password').fill('a long new password 1');
    await shot('confirm');
    await page.getByRole('button', { name: 'Create account' }).click();
    const claims = await finish(page);
    await shot('app');
    assert.equal(claims.email, email);
    assert.equal(claims.org_slug, 'acme', 'joined Acme through its verified domain acme.test');
    assert.equal(claims.org_id, gatehouse.dev.demo_organization_id);
    assert.equal(claims.name, 'New Person');
    const users = await gatehouse.api('GET', `/users?organization_id=${gatehouse.dev.demo_organization_id}&email=${encodeURIComponent(email)}`);
    assert.equal(users.data.length, 1);
    assert.deepEqual(users.data[0].roles, ['member']);
  });

  scenario('password sign-in with the organization hint', async (page, shot) => {
    const { url, finish } = await authorization({ organization: 'acme' });
    await page.goto(url);
    await heading(page, 'Sign in to Acme Inc.');
    await page.getByLabel('Email').fill(gatehouse.dev.demo_user_email);
    await shot('email');
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'Sign in');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Incorrect email or password.' }).waitFor();
    await shot('wrong-password');
    await page.getByLabel('Password').fill(gatehouse.dev.demo_user_password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const claims = await finish(page);
    assert.equal(claims.email, gatehouse.dev.demo_user_email);
    assert.equal(claims.org_slug, 'acme');
    assert.deepEqual(claims.amr, ['pwd']);
  });

  scenario('a person in two organizations picks one', async (page, shot) => {
    const org = await gatehouse.api('POST', '/organizations', { name: 'Globex Corporation', slug: 'globex' }, 201);
    await createUser(org.id, gatehouse.dev.demo_user_email, gatehouse.dev.demo_user_password);
    const { url, finish } = await authorization();
    await page.goto(url);
    await page.getByLabel('Email').fill(gatehouse.dev.demo_user_email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Password').fill(gatehouse.dev.demo_user_password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Choose an organization');
    await shot('picker');
    assert.equal(await page.getByRole('button').count(), 2);
    await page.getByRole('button', { name: /Globex Corporation/ }).click();
    const claims = await finish(page);
    assert.equal(claims.org_id, org.id);
    assert.equal(claims.org_slug, 'globex');
  });

  scenario('magic link from the mail', async (page, shot) => {
    const email = 'magic.user@acme.test';
    await createUser(gatehouse.dev.demo_organization_id, email, 'magic user password');
    const { url, finish } = await authorization();
    await page.goto(url);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'Sign in');
    await shot('methods');
    const seen = gatehouse.mailbox.to(email).length;
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await heading(page, 'Check your email');
    await shot('check-email');
    const link = await mailLink(email, seen);
    await page.goto(link);
    await heading(page, 'Finish signing in');
    await shot('confirm');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const claims = await finish(page);
    assert.equal(claims.email, email);
    assert.deepEqual(claims.amr, ['otp']);
    await page.goto(link);
    await heading(page, 'This link was already used');
    await shot('link-used');
  });

  scenario('email verification before the first password sign-in', async (page, shot) => {
    const email = 'unverified.user@acme.test';
    const password = 'unverified user password';
    await gatehouse.api('POST', '/users', { organization_id: gatehouse.dev.demo_organization_id, email, password }, 201);
    const { url, finish } = await authorization();
    await page.goto(url);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Password').fill(password);
    const seen = gatehouse.mailbox.to(email).length;
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Confirm your email');
    await shot('asked-to-confirm');
    await page.goto(await mailLink(email, seen));
    await heading(page, 'Confirm your email');
    await page.getByRole('button', { name: 'Confirm email' }).click();
    await heading(page, 'Email confirmed');
    await shot('confirmed');
    await page.getByRole('link', { name: 'Continue signing in' }).click();
    assert.equal(await page.getByLabel('Email').inputValue(), email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const claims = await finish(page);
    assert.equal(claims.email, email);
    assert.equal(claims.email_verified, true);
  });

  scenario('password reset from the mail', async (page, shot) => {
    const email = 'reset.user@acme.test';
    const oldPassword = 'the old password';
    const newPassword = 'a brand new password';
    await createUser(gatehouse.dev.demo_organization_id, email, oldPassword);
    const { url, finish } = await authorization();
    await page.goto(url);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await heading(page, 'Reset your password');
    await page.getByLabel('Email').fill(email);
    await shot('forgot');
    const seen = gatehouse.mailbox.to(email).length;
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await heading(page, 'Check your email');
    await page.goto(await mailLink(email, seen));
    await heading(page, 'Choose a new password');
    await page.getByLabel('New password').fill(newPassword);
    await shot('new-password');
    await page.getByRole('button', { name: 'Set password' }).click();
    await heading(page, 'Password changed');
    await shot('changed');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await heading(page, 'Sign in');
    assert.equal(await page.getByLabel('Email').inputValue(), email, 'the address is prefilled');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Password').fill(oldPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Incorrect email or password.' }).waitFor();
    await shot('old-password-refused');
    await page.getByLabel('Password').fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const claims = await finish(page);
    assert.equal(claims.email, email);
  });

  // Changes the project's settings, so it runs last.
  scenario('branded dark pages; sign-up creates an organization', async (page, shot) => {
    await gatehouse.api('PATCH', '/project', {
      hosted_login: { display_name: 'Initech Cloud', primary_color: '#0f766e', theme: 'dark', signup: 'create_organization' },
    });
    const email = 'founder@initech.test';
    const { url, finish } = await authorization();
    await page.goto(url);
    await heading(page, 'Sign in');
    assert.equal((await page.locator('.brand').innerText()).trim(), 'Initech Cloud');
    assert.equal(await page.locator('html').getAttribute('class'), 'dark');
    assert.match(await page.content(), /--primary:#0f766e/);
    await shot('branded-email');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Full name').fill('Founder Person');
    await page.getByLabel('Work email').fill(email);
    await page.getByLabel('Password').fill('founder password 1');
    await page.getByLabel('Organization name').fill('Initech');
    await shot('signup-with-organization');
    const seen = gatehouse.mailbox.to(email).length;
    await page.getByRole('button', { name: 'Create account' }).click();
    await heading(page, 'Check your email');
    const mail = await gatehouse.mailbox.latest(email, seen);
    assert.match(mail.subject ?? '', /Initech Cloud/, 'the mail carries the brand');
    await page.goto(linkIn(mail, gatehouse.issuer));
    await page.getByLabel('Password').fill('founder password 1');
    await page.getByRole('button', { name: 'Create account' }).click();
    const claims = await finish(page);
    assert.equal(claims.org_name, 'Initech');
    assert.equal(claims.org_slug, 'initech');
    const users = await gatehouse.api('GET', `/users?organization_id=${claims.org_id}`);
    assert.deepEqual(users.data.map((u) => [u.email, u.roles]), [[email, ['owner']]]);
  });
  scenario('an invitation is accepted from the emailed link and carries its roles', async (page, shot) => {
    const email = 'grace.invited@example.org';
    const orgId = gatehouse.dev.demo_organization_id;
    const seen = gatehouse.mailbox.to(email).length;
    const invitation = await gatehouse.api('POST', `/organizations/${orgId}/invitations`, { email, roles: ['admin'] }, 201);
    assert.equal(invitation.status, 'pending');
    const mail = await gatehouse.mailbox.latest(email, seen);
    assert.match(mail.subject ?? '', /invited to join Acme Inc\./);
    const link = linkIn(mail, gatehouse.issuer);
    await page.goto(link);
    await heading(page, 'Join Acme Inc.');
    await shot('accept');
    await page.getByLabel('Full name').fill('Grace Invited');
    await page.getByLabel('Password').fill('a long invited password 7');
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await heading(page, 'You are signed in');
    await shot('signed-in');
    const accepted = await gatehouse.api('GET', `/organizations/${orgId}/invitations/${invitation.id}`);
    assert.equal(accepted.status, 'accepted');
    const user = await gatehouse.api('GET', `/users/${accepted.user_id}`);
    assert.deepEqual(user.roles, ['admin']);
    assert.equal(user.email_verified, true);
    // The link works once.
    await page.goto(link);
    await heading(page, 'This invitation was already accepted');
    await shot('used');
    // The invitee signs in to an application with the password they chose; the token
    // carries the invited role and its actions.
    await context.clearCookies();
    const { url, finish } = await authorization();
    await page.goto(url);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Password').fill('a long invited password 7');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const claims = await finish(page);
    assert.equal(claims.sub, accepted.user_id);
    assert.equal(claims.org_id, orgId);
  });
});
