// A real OpenID Connect relying party (`openid-client` v6, built on `oauth4webapi`) against
// `gatehouse dev`: discovery, authorization code + PKCE through the hosted login's forms,
// token exchange with ID-token validation (signature, iss, aud, nonce), userinfo, refresh,
// and RP-initiated logout — for the built-in public client and for a registered
// confidential client authenticating with client_secret_basic.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as oidc from 'openid-client';
import { Gatehouse } from '../lib/server.mjs';
import { ScriptedBrowser, passwordSignIn, textOf, titleOf } from '../lib/browser.mjs';

const gatehouse = new Gatehouse();
const insecure = { execute: [oidc.allowInsecureRequests] };

before(async () => {
  await gatehouse.start();
});
after(async () => {
  await gatehouse.stop();
});

/** Signs the demo user in through the hosted login and exchanges the code. */
async function signIn(config, redirectUri, browser) {
  const verifier = oidc.randomPKCECodeVerifier();
  const nonce = oidc.randomNonce();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile offline_access',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    nonce,
    state,
  });
  const callback = await passwordSignIn(
    browser,
    url.toString(),
    redirectUri,
    gatehouse.dev.demo_user_email,
    gatehouse.dev.demo_user_password,
  );
  assert.equal(callback.searchParams.get('iss'), gatehouse.issuer, 'RFC 9207 iss on the callback');
  const tokens = await oidc.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: verifier,
    expectedNonce: nonce,
    expectedState: state,
    idTokenExpected: true,
  });
  return { tokens, nonce };
}

/** An authorization URL with `prompt=none`. */
async function silentRequest(config, redirectUri) {
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid',
    code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()),
    code_challenge_method: 'S256',
    prompt: 'none',
    state: oidc.randomState(),
  });
  return url.toString();
}

/** Runs the whole relying-party life cycle for one client. */
async function lifeCycle(config, clientId, redirectUri, postLogoutRedirectUri) {
  const browser = new ScriptedBrowser();
  const { tokens, nonce } = await signIn(config, redirectUri, browser);

  // ID token: openid-client checked its signature against the JWKS (non-repudiation
  // checks), iss, aud, exp, iat and nonce; the claims are what the provider promises.
  const claims = tokens.claims();
  assert.ok(claims, 'an ID token was returned');
  assert.equal(claims.iss, gatehouse.issuer);
  assert.equal(claims.aud, clientId);
  assert.equal(claims.nonce, nonce);
  assert.match(String(claims.sub), /^user_/);
  assert.equal(claims.email, gatehouse.dev.demo_user_email);
  assert.equal(claims.email_verified, true);
  assert.equal(claims.org_id, gatehouse.dev.demo_organization_id);
  assert.equal(claims.org_slug, 'acme');
  assert.deepEqual(claims.amr, ['pwd']);
  assert.equal(tokens.token_type.toLowerCase(), 'bearer');
  const accessHeader = JSON.parse(Buffer.from(tokens.access_token.split('.')[0], 'base64url').toString());
  assert.equal(accessHeader.typ, 'at+jwt', 'the access token is an RFC 9068 JWT');
  assert.ok(tokens.refresh_token, 'a refresh token was returned');

  const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, String(claims.sub));
  assert.equal(userinfo.email, gatehouse.dev.demo_user_email);
  assert.equal(userinfo.org_slug, 'acme');

  const refreshed = await oidc.refreshTokenGrant(config, /** @type {string} */ (tokens.refresh_token));
  assert.ok(refreshed.access_token && refreshed.access_token !== tokens.access_token);
  assert.ok(refreshed.refresh_token && refreshed.refresh_token !== tokens.refresh_token, 'refresh tokens rotate');
  const again = await oidc.fetchUserInfo(config, refreshed.access_token, String(claims.sub));
  assert.equal(again.sub, claims.sub);

  // While signed in, a silent request (prompt=none) gets a code without any page.
  const sso = await browser.open(await silentRequest(config, redirectUri), { stopAt: redirectUri });
  assert.ok(new URL(sso.url).searchParams.get('code'), `silent sign-in: ${sso.url}`);

  // A second, independent sign-in (another browser) must survive the first one's logout.
  const other = await signIn(config, redirectUri, new ScriptedBrowser());

  const logoutState = oidc.randomState();
  const endSession = oidc.buildEndSessionUrl(config, {
    id_token_hint: /** @type {string} */ (tokens.id_token),
    post_logout_redirect_uri: postLogoutRedirectUri,
    state: logoutState,
  });
  assert.equal(endSession.origin + endSession.pathname, `${gatehouse.issuer}/oauth/logout`);
  let back = await browser.open(endSession.toString(), { stopAt: postLogoutRedirectUri });
  // With a valid id_token_hint for the browser's user the provider promises to sign out at
  // once; if it asks instead, the person confirms (so the checks below still run) and the
  // caller reports it.
  const askedToConfirm = back.status === 200 && titleOf(back.html) === 'Sign out?';
  if (askedToConfirm) back = await browser.submit(back, '/logout', {}, { stopAt: postLogoutRedirectUri });
  assert.equal(back.status, 0, `logout returned to the application (got ${back.status}: ${textOf(back.html)})`);
  assert.equal(new URL(back.url).searchParams.get('state'), logoutState);

  await assert.rejects(
    oidc.refreshTokenGrant(config, /** @type {string} */ (refreshed.refresh_token)),
    (err) => err instanceof oidc.ResponseBodyError && err.error === 'invalid_grant',
    'the logged-out session refresh token is refused',
  );
  const survivor = await oidc.refreshTokenGrant(config, /** @type {string} */ (other.tokens.refresh_token));
  assert.ok(survivor.access_token, 'another browser session is not signed out');

  // The browser's hosted-login session is gone too: a silent request needs a sign-in.
  const silent = await browser.open(await silentRequest(config, redirectUri), { stopAt: redirectUri });
  assert.equal(new URL(silent.url).searchParams.get('error'), 'login_required');
  return { askedToConfirm };
}

/** The end-session endpoint documents that a valid `id_token_hint` for the current user signs out without asking. */
function assertHintHonoured({ askedToConfirm }) {
  assert.equal(
    askedToConfirm,
    false,
    'end_session with a valid id_token_hint for the signed-in user showed the "Sign out?" confirmation instead of signing out at once',
  );
}

describe('OpenID Connect relying party (openid-client)', () => {
  test('discovery metadata', async () => {
    const config = await oidc.discovery(new URL(gatehouse.issuer), gatehouse.dev.publishable_key, undefined, oidc.None(), insecure);
    const metadata = config.serverMetadata();
    assert.equal(metadata.issuer, gatehouse.issuer);
    assert.deepEqual(metadata.code_challenge_methods_supported, ['S256']);
    assert.ok(metadata.end_session_endpoint);
    assert.ok(metadata.userinfo_endpoint);
    assert.ok(metadata.token_endpoint_auth_methods_supported?.includes('client_secret_basic'));
  });

  test('built-in public client (publishable key, PKCE, loopback redirect URI)', async () => {
    const clientId = gatehouse.dev.publishable_key;
    const config = await oidc.discovery(new URL(gatehouse.issuer), clientId, undefined, oidc.None(), insecure);
    oidc.enableNonRepudiationChecks(config);
    assertHintHonoured(await lifeCycle(config, clientId, 'http://127.0.0.1:8765/callback', 'http://127.0.0.1:8765/signed-out'));
  });

  test('registered confidential client (client_secret_basic)', async () => {
    const redirectUri = 'https://app.example.test/oauth/callback';
    const postLogout = 'https://app.example.test/goodbye';
    const created = await gatehouse.api(
      'POST',
      '/oauth_clients',
      { name: 'Server app', client_type: 'confidential', redirect_uris: [redirectUri], post_logout_redirect_uris: [postLogout] },
      201,
    );
    assert.match(created.client_secret, /^ghcs_/);
    const clientId = created.client.id;
    const config = await oidc.discovery(
      new URL(gatehouse.issuer),
      clientId,
      undefined,
      oidc.ClientSecretBasic(created.client_secret),
      insecure,
    );
    oidc.enableNonRepudiationChecks(config);
    const outcome = await lifeCycle(config, clientId, redirectUri, postLogout);

    const wrong = await oidc.discovery(new URL(gatehouse.issuer), clientId, undefined, oidc.ClientSecretBasic('ghcs_wrong'), insecure);
    // RFC 6749 §5.2: 401 with a Basic challenge, which openid-client surfaces as such.
    const refused = await oidc.refreshTokenGrant(wrong, 'ghr_anything').then(
      () => assert.fail('a wrong client secret was accepted'),
      (err) => err,
    );
    assert.ok(refused instanceof oidc.WWWAuthenticateChallengeError, String(refused));
    assert.equal(refused.status, 401);
    assert.equal(refused.cause[0].scheme, 'basic');
    assert.equal((await refused.response.json()).error, 'invalid_client');
    assertHintHonoured(outcome);
  });
});
