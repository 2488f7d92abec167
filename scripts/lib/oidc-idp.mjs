// A customer's OpenID Provider for the federation tests (server/domain/tests/federation.rs) and
// the SSO end-to-end tests: `oidc-provider` (pinned in scripts/lib/oidc-idp/package.json) on
// loopback, port 0, with one user that every authorize request signs in without a form, so a
// test drives the whole code flow with plain HTTP (following redirects, keeping cookies).
//
//   node scripts/lib/oidc-idp.mjs --ready-file PATH --client-id ID --client-secret SECRET \
//     --redirect-uri URI [--redirect-uri URI2 ...] [--email ADDRESS] [--groups a,b]
//
// The user is `user-1`, named Ada Lovelace, with --email (default ada@customer.example,
// verified) and --groups (default engineering,admins); it signs in with amr [pwd, mfa].
// The ready file gets {"issuer": "http://127.0.0.1:PORT"} once the provider listens.
// Clients: ID (RS256 ID tokens, client_secret_basic) and ID-hs256 (HS256 ID tokens signed with
// the client secret, only so the relying party's refusal of them is tested against a real peer).
// Test controls (loopback only, like everything here):
//   POST /admin/rotate  a new signing key replaces the current one (the JWKS then holds only
//                       the new key); answers {"kid": ...}
//   GET  /admin/stats   {"jwks_requests": n, "last_login_hint": ..., "token_requests": n}
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { writeFileSync, renameSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

// The package is installed next to this script (`npm ci` in scripts/lib/oidc-idp), not in a
// node_modules this file's directory would find.
const requireFromPackage = createRequire(new URL('./oidc-idp/package.json', import.meta.url));
const { default: Provider } = await import(pathToFileURL(requireFromPackage.resolve('oidc-provider')));

const { values: args } = parseArgs({
  options: {
    'ready-file': { type: 'string' },
    'client-id': { type: 'string', default: 'gatehouse' },
    'client-secret': { type: 'string', default: 'gatehouse-secret' },
    'redirect-uri': { type: 'string', multiple: true, default: [] },
    email: { type: 'string', default: 'ada@customer.example' },
    groups: { type: 'string', default: 'engineering,admins' },
  },
});
if (!args['ready-file'] || args['redirect-uri'].length === 0) {
  console.error('usage: oidc-idp.mjs --ready-file PATH --client-id ID --client-secret S --redirect-uri URI');
  process.exit(2);
}

// The fixed user every sign-in gets.
const USER = {
  sub: 'user-1',
  email: args.email,
  email_verified: true,
  name: 'Ada Lovelace',
  groups: args.groups.split(',').filter(Boolean),
};

const stats = { jwks_requests: 0, token_requests: 0, last_login_hint: null };

function newSigningKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

function newProvider(issuer, signingKey) {
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: args['client-id'],
        client_secret: args['client-secret'],
        redirect_uris: args['redirect-uri'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      {
        client_id: `${args['client-id']}-hs256`,
        client_secret: args['client-secret'],
        redirect_uris: args['redirect-uri'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        id_token_signed_response_alg: 'HS256',
      },
    ],
    jwks: { keys: [signingKey] },
    enabledJWA: { idTokenSigningAlgValues: ['RS256', 'ES256', 'HS256'] },
    cookies: { keys: ['oidc-idp-test-cookie-key'] },
    // Scope claims go in the ID token too (the relying party does not call userinfo).
    conformIdTokenClaims: false,
    claims: {
      // amr from the login below (pwd + mfa), so the relying party's mfa mapping is tested.
      openid: ['sub', 'amr'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      groups: ['groups'],
    },
    scopes: ['openid', 'email', 'profile', 'groups'],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(ctx, sub) {
      if (sub !== USER.sub) return undefined;
      return { accountId: sub, claims: async () => ({ ...USER }) };
    },
  });
  provider.proxy = false;
  return provider;
}

// Signs the fixed user in and grants what was asked, in one step.
async function autoLogin(provider, req, res) {
  const details = await provider.interactionDetails(req, res);
  stats.last_login_hint = details.params.login_hint ?? null;
  const grant = new provider.Grant({ accountId: USER.sub, clientId: details.params.client_id });
  grant.addOIDCScope(details.params.scope);
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: USER.sub, amr: ['pwd', 'mfa'] }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

let provider;
let handler;
function install(next) {
  provider = next;
  handler = next.callback();
}
const server = http.createServer((req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  if (path === '/admin/rotate' && req.method === 'POST') {
    const key = newSigningKey();
    install(newProvider(provider.issuer, key));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ kid: key.kid }));
    return;
  }
  if (path === '/admin/stats') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
    return;
  }
  if (path.startsWith('/interaction/')) {
    autoLogin(provider, req, res).catch((err) => {
      console.error('interaction failed:', err);
      res.writeHead(500).end(String(err.message));
    });
    return;
  }
  if (path === '/jwks') stats.jwks_requests += 1;
  if (path === '/token') stats.token_requests += 1;
  handler(req, res);
});

server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  install(newProvider(issuer, newSigningKey()));
  const ready = args['ready-file'];
  writeFileSync(`${ready}.tmp`, JSON.stringify({ issuer }));
  renameSync(`${ready}.tmp`, ready);
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
