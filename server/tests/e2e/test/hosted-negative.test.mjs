// Negative tests of the hosted login over plain HTTP (the Rust suite covers the OAuth
// parameter errors): emailed links are single-use, pages do not tell which addresses have
// accounts, mail per address is capped, every page refuses to be framed, cookies are
// HttpOnly and SameSite=Lax, and forms refuse a foreign origin or another browser's token.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Gatehouse } from '../lib/server.mjs';
import { ScriptedBrowser, errorCodeOf, formsOf, textOf, titleOf } from '../lib/browser.mjs';
import { linkIn } from '../lib/mailbox.mjs';

const gatehouse = new Gatehouse();

before(async () => {
  await gatehouse.start();
});
after(async () => {
  await gatehouse.stop();
});

const page = (path) => `${gatehouse.issuer}/${path}`;

async function createUser(email, password) {
  return gatehouse.api(
    'POST',
    '/users',
    { organization_id: gatehouse.dev.demo_organization_id, email, password, email_verified: true },
    201,
  );
}

/** Asks for a magic link for `email` in a fresh browser; returns the "check your email" page. */
async function askMagicLink(email, browser = new ScriptedBrowser()) {
  const login = await browser.open(page('login'));
  const methods = await browser.submit(login, '/login', { email });
  return browser.submit(methods, '/login/magic/send');
}

async function askReset(email, browser = new ScriptedBrowser()) {
  const forgot = await browser.open(page('forgot'));
  return browser.submit(forgot, '/forgot', { email });
}

async function passwordAttempt(email, password) {
  const browser = new ScriptedBrowser();
  const login = await browser.open(page('login'));
  const methods = await browser.submit(login, '/login', { email });
  return browser.submit(methods, '/login/password', { password });
}

/** The page text with `email` replaced, so two answers can be compared. */
const neutral = (html, email) => textOf(html).replaceAll(email, '<email>');

describe('emailed links are single-use', () => {
  test('a magic link signs in once; then it is used, and an unknown one is invalid', async () => {
    const email = 'once.magic@acme.test';
    await createUser(email, 'once magic password');
    const seen = gatehouse.mailbox.to(email).length;
    const inbox = await askMagicLink(email);
    assert.equal(titleOf(inbox.html), 'Check your email');
    const link = linkIn(await gatehouse.mailbox.latest(email, seen), gatehouse.issuer);

    const browser = new ScriptedBrowser();
    const confirm = await browser.open(link);
    assert.equal(confirm.status, 200);
    assert.equal(titleOf(confirm.html), 'Finish signing in');
    const signedIn = await browser.submit(confirm, '/login/magic');
    assert.equal(signedIn.status, 200);
    assert.equal(titleOf(signedIn.html), 'You are signed in');
    assert.match(textOf(signedIn.html), /once\.magic@acme\.test/);

    const again = await browser.submit(confirm, '/login/magic');
    assert.equal(again.status, 400);
    assert.equal(errorCodeOf(again.html), 'link_used');
    const elsewhere = new ScriptedBrowser();
    const reopened = await elsewhere.open(link);
    assert.equal(reopened.status, 400);
    assert.equal(errorCodeOf(reopened.html), 'link_used');
    assert.equal(formsOf(reopened.html).length, 0, 'a used link offers no button');

    const unknown = await elsewhere.open(page(`login/magic?token=${'A'.repeat(43)}`));
    assert.equal(unknown.status, 400);
    assert.equal(errorCodeOf(unknown.html), 'link_invalid');
    const forged = await elsewhere.submit(confirm, '/login/magic', { token: 'B'.repeat(43) });
    assert.equal(forged.status, 403, 'the other browser has no matching CSRF cookie');
    const forgedHere = await browser.submit(confirm, '/login/magic', { token: 'B'.repeat(43) });
    assert.equal(errorCodeOf(forgedHere.html), 'link_invalid');
  });

  test('a password-reset link works once', async () => {
    const email = 'once.reset@acme.test';
    await createUser(email, 'the first password');
    const seen = gatehouse.mailbox.to(email).length;
    await askReset(email);
    const link = linkIn(await gatehouse.mailbox.latest(email, seen), gatehouse.issuer);

    const browser = new ScriptedBrowser();
    const form = await browser.open(link);
    assert.equal(titleOf(form.html), 'Choose a new password');
    const changed = await browser.submit(form, '/reset', { password: 'the second password' });
    assert.equal(changed.status, 200);
    assert.equal(titleOf(changed.html), 'Password changed');

    const replay = await browser.submit(form, '/reset', { password: 'an attacker password' });
    assert.equal(replay.status, 400);
    assert.equal(errorCodeOf(replay.html), 'link_used');
    const reopened = await new ScriptedBrowser().open(link);
    assert.equal(errorCodeOf(reopened.html), 'link_used');

    assert.equal((await passwordAttempt(email, 'an attacker password')).status, 401);
    assert.equal((await passwordAttempt(email, 'the first password')).status, 401);
    const ok = await passwordAttempt(email, 'the second password');
    assert.equal(ok.status, 200);
    assert.equal(titleOf(ok.html), 'You are signed in');
  });

  test('unknown and malformed tokens on every link page', async () => {
    const browser = new ScriptedBrowser();
    for (const path of ['login/magic', 'reset', 'verify-email', 'signup/confirm']) {
      for (const query of ['', '?token=', `?token=${'x'.repeat(43)}`, `?token=${'x'.repeat(500)}`]) {
        const answer = await browser.open(page(`${path}${query}`));
        assert.equal(answer.status, 400, `${path}${query}`);
        assert.equal(errorCodeOf(answer.html), 'link_invalid', `${path}${query}`);
      }
    }
  });
});

describe('no user enumeration', () => {
  test('forgot password: same page and status for an unknown address, and no mail', async () => {
    const known = 'known.forgot@acme.test';
    const unknown = 'nobody.forgot@acme.test';
    await createUser(known, 'known forgot password');
    const before = gatehouse.mailbox.messages.length;
    const a = await askReset(known);
    const b = await askReset(unknown);
    assert.equal(a.status, b.status);
    assert.equal(neutral(a.html, known), neutral(b.html, unknown));
    await gatehouse.mailSettled();
    assert.equal(gatehouse.mailbox.to(known).length, 1);
    assert.equal(gatehouse.mailbox.to(unknown).length, 0);
    assert.equal(gatehouse.mailbox.messages.length, before + 1);
  });

  test('magic link: same page and status for an unknown address, and no mail', async () => {
    const known = 'known.magic@acme.test';
    const unknown = 'nobody.magic@acme.test';
    await createUser(known, 'known magic password');
    const a = await askMagicLink(known);
    const b = await askMagicLink(unknown);
    assert.equal(a.status, b.status);
    assert.equal(neutral(a.html, known), neutral(b.html, unknown));
    await gatehouse.mailSettled();
    assert.equal(gatehouse.mailbox.to(known).length, 1);
    assert.equal(gatehouse.mailbox.to(unknown).length, 0);
  });

  test('email step, wrong password and unknown email give the same page and status', async () => {
    const known = 'known.password@acme.test';
    const unknown = 'nobody.password@acme.test';
    await createUser(known, 'known password here');
    const browser = new ScriptedBrowser();
    const login = await browser.open(page('login'));
    const stepA = await browser.submit(login, '/login', { email: known });
    const stepB = await browser.submit(login, '/login', { email: unknown });
    assert.equal(stepA.status, stepB.status);
    assert.equal(neutral(stepA.html, known), neutral(stepB.html, unknown));

    const wrong = await passwordAttempt(known, 'not the password');
    const nobody = await passwordAttempt(unknown, 'not the password');
    assert.equal(wrong.status, 401);
    assert.equal(nobody.status, wrong.status);
    assert.equal(neutral(wrong.html, known), neutral(nobody.html, unknown));
    assert.match(textOf(wrong.html), /Incorrect email or password\./);
  });

  test('sign-up answers "check your email" for an address that already has an account', async () => {
    const known = 'known.signup@acme.test';
    const fresh = 'fresh.signup@acme.test';
    await createUser(known, 'known signup password');
    const signUp = async (email) => {
      const browser = new ScriptedBrowser();
      const form = await browser.open(page('signup'));
      return browser.submit(form, '/signup', { name: 'Someone', email, password: 'a sign-up password' });
    };
    const a = await signUp(known);
    const b = await signUp(fresh);
    assert.equal(a.status, 200);
    assert.equal(a.status, b.status);
    assert.equal(neutral(a.html, known), neutral(b.html, fresh));
  });
});

describe('sign-in throttling and the organization picker', () => {
  test('five wrong passwords pause sign-in alike for a known and an unknown address', async () => {
    const known = 'locked.user@acme.test';
    const unknown = 'nobody.locked@acme.test';
    await createUser(known, 'locked user password');
    for (let i = 0; i < 5; i += 1) {
      assert.equal((await passwordAttempt(known, `wrong ${i}`)).status, 401);
      assert.equal((await passwordAttempt(unknown, `wrong ${i}`)).status, 401);
    }
    const a = await passwordAttempt(known, 'locked user password');
    const b = await passwordAttempt(unknown, 'locked user password');
    assert.equal(a.status, 429, 'even the right password waits out the lockout');
    assert.equal(errorCodeOf(a.html), 'too_many_attempts', 'the same code as the API');
    assert.equal(b.status, a.status);
    assert.equal(textOf(a.html), textOf(b.html));
  });

  test('the picker offers only organizations whose password matched and refuses a forged choice', async () => {
    const email = 'two.orgs@acme.test';
    const password = 'shared password one';
    const first = await createUser(email, password);
    const umbrella = await gatehouse.api('POST', '/organizations', { name: 'Umbrella', slug: 'umbrella' }, 201);
    const hooli = await gatehouse.api('POST', '/organizations', { name: 'Hooli', slug: 'hooli' }, 201);
    const second = await gatehouse.api('POST', '/users', { organization_id: umbrella.id, email, password, email_verified: true }, 201);
    const other = await gatehouse.api(
      'POST',
      '/users',
      { organization_id: hooli.id, email, password: 'a different password', email_verified: true },
      201,
    );
    const browser = new ScriptedBrowser();
    const login = await browser.open(page('login'));
    const methods = await browser.submit(login, '/login', { email });
    const picker = await browser.submit(methods, '/login/password', { password });
    assert.equal(titleOf(picker.html), 'Choose an organization');
    const [form] = formsOf(picker.html);
    assert.deepEqual(form.buttons.map((b) => b.value).sort(), [first.id, second.id].sort());
    const forged = await browser.submit(picker, '/login/pick', { user_id: other.id });
    assert.equal(forged.status, 403);
    assert.equal(errorCodeOf(forged.html), 'invalid_choice');
    const chosen = await browser.submit(picker, '/login/pick', { user_id: second.id });
    assert.equal(titleOf(chosen.html), 'You are signed in');
    assert.match(textOf(chosen.html), /Umbrella/);
  });
});

describe('mail is rate-limited per address', () => {
  test('at most five messages per address in the window; the page does not change', async () => {
    const email = 'many.resets@acme.test';
    await createUser(email, 'many resets password');
    const pages = [];
    for (let i = 0; i < 7; i += 1) pages.push(await askReset(email));
    await gatehouse.mailSettled();
    assert.equal(gatehouse.mailbox.to(email).length, 5);
    for (const p of pages) assert.equal(neutral(p.html, email), neutral(pages[0].html, email));
  });
});

describe('browser security headers and cookies', () => {
  test('every page refuses framing and sniffing', async () => {
    const browser = new ScriptedBrowser();
    const login = await browser.open(page('login'));
    const pages = {
      login,
      'login (unknown flow)': await browser.open(page('login?flow=nope')),
      methods: await browser.submit(login, '/login', { email: 'someone@acme.test' }),
      'email rejected': await browser.submit(login, '/login', { email: 'not an email' }),
      'magic link sent': await askMagicLink('someone@acme.test', browser),
      forgot: await browser.open(page('forgot')),
      'reset sent': await askReset('someone@acme.test', browser),
      signup: await browser.open(page('signup')),
      'magic link invalid': await browser.open(page('login/magic?token=x')),
      'reset invalid': await browser.open(page('reset?token=x')),
      'verify invalid': await browser.open(page('verify-email?token=x')),
      'signup confirm invalid': await browser.open(page('signup/confirm?token=x')),
      'csrf failed': await browser.open(page('login'), { method: 'POST', form: { csrf_token: 'x', email: 'a@b.test' } }),
      'authorize error': await browser.open(page('oauth/authorize?client_id=nope')),
      'signed out': await browser.open(page('oauth/logout')),
      'account (redirects to login)': await browser.open(page('account')),
    };
    for (const [name, p] of Object.entries(pages)) {
      assert.ok(p.status > 0, name);
      assert.equal(p.headers.get('x-frame-options'), 'DENY', name);
      const csp = p.headers.get('content-security-policy') ?? '';
      assert.match(csp, /(^|;)\s*frame-ancestors 'none'/, `${name}: ${csp}`);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, name);
      assert.equal(p.headers.get('x-content-type-options'), 'nosniff', name);
      assert.equal(p.headers.get('cache-control'), 'no-store', name);
      assert.match(p.headers.get('content-type') ?? '', /^text\/html/, name);
    }
  });

  test('cookies are HttpOnly, SameSite=Lax and scoped to the issuer path', async () => {
    const email = 'cookie.user@acme.test';
    await createUser(email, 'cookie user password');
    const browser = new ScriptedBrowser();
    const login = await browser.open(page('login'));
    const methods = await browser.submit(login, '/login', { email });
    const signedIn = await browser.submit(methods, '/login/password', { password: 'cookie user password' });
    assert.equal(titleOf(signedIn.html), 'You are signed in');
    const cookies = [...login.setCookies, ...signedIn.setCookies];
    const names = cookies.map((c) => c.split('=')[0]);
    assert.ok(names.includes('gh_csrf'), `CSRF cookie set: ${names}`);
    assert.ok(names.includes('gh_session'), `session cookie set: ${names}`);
    const issuerPath = new URL(gatehouse.issuer).pathname;
    for (const raw of cookies) {
      const attributes = raw.split(';').slice(1).map((a) => a.trim().toLowerCase());
      assert.ok(attributes.includes('httponly'), raw);
      assert.ok(attributes.includes('samesite=lax'), raw);
      assert.ok(attributes.includes(`path=${issuerPath.toLowerCase()}`), raw);
    }

    const account = await browser.open(page('account'));
    const out = await browser.submit(account, '/logout');
    assert.equal(titleOf(out.html), 'You have signed out');
    const removal = out.setCookies.find((c) => c.startsWith('gh_session='));
    assert.ok(removal, 'sign-out removes the session cookie');
    assert.match(removal, /max-age=0|expires=thu, 01 jan 1970/i);
    const after = await browser.open(page('account'));
    assert.equal(titleOf(after.html), 'Sign in', 'signed out: the account page sends to sign-in');
  });

  test('forms refuse a foreign or null Origin and another browser’s CSRF token', async () => {
    const browser = new ScriptedBrowser();
    const login = await browser.open(page('login'));
    const [form] = formsOf(login.html);
    const fields = { ...form.fields, email: 'someone@acme.test' };
    const foreign = await browser.open(page('login'), {
      method: 'POST',
      form: fields,
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(foreign.status, 403);
    assert.equal(errorCodeOf(foreign.html), 'csrf_failed');
    // An opaque origin (sandboxed frame, data: page) is foreign too.
    const opaque = await browser.open(page('login'), { method: 'POST', form: fields, headers: { origin: 'null' } });
    assert.equal(opaque.status, 403);
    assert.equal(errorCodeOf(opaque.html), 'csrf_failed');
    const stranger = await new ScriptedBrowser().open(page('login'), { method: 'POST', form: fields });
    assert.equal(stranger.status, 403);
    assert.equal(errorCodeOf(stranger.html), 'csrf_failed');
    const same = await browser.open(page('login'), { method: 'POST', form: fields, headers: { origin: new URL(gatehouse.issuer).origin } });
    assert.equal(same.status, 200, 'the issuer’s own origin is accepted');
  });
});

// Changes the project's settings, so it runs last.
describe('sign-up turned off', () => {
  test('no sign-up link, and the sign-up page and form answer signup_disabled', async () => {
    const browser = new ScriptedBrowser();
    const open = await browser.open(page('signup'));
    await gatehouse.api('PATCH', '/project', { hosted_login: { signup: 'disabled' } });
    const login = await browser.open(page('login'));
    assert.equal(titleOf(login.html), 'Sign in');
    assert.doesNotMatch(textOf(login.html), /Create an account/);
    const closed = await browser.open(page('signup'));
    assert.equal(closed.status, 404);
    assert.equal(errorCodeOf(closed.html), 'signup_disabled');
    const email = 'late.signup@acme.test';
    const posted = await browser.submit(open, '/signup', { name: 'Late', email, password: 'a late password' });
    assert.equal(posted.status, 404, 'a form loaded before sign-up was turned off is refused');
    assert.equal(errorCodeOf(posted.html), 'signup_disabled');
    await gatehouse.mailSettled();
    assert.equal(gatehouse.mailbox.to(email).length, 0);
  });
});
