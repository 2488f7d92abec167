// A SAML 2.0 identity provider built on samlify (npm, pinned in scripts/lib/samlify-idp/), the
// second IdP implementation nobody here wrote, beside pysaml2 (scripts/lib/saml-idp-server.py).
// Loopback HTTP only; the committed test key only; never a production IdP.
//
//   node scripts/lib/samlify-idp.mjs --sp-metadata FILE --ready-file PATH [--port 0]
//     [--user alice@corp.example:alice] ...
//
// samlify parses and schema-validates (xmllint, @authenio/samlify-node-xmllint) every
// AuthnRequest it receives and signs what the SP's metadata asks for (ours: the assertion)
// with testdata/saml/keys/idp.key.pem. Endpoints under the base URL in the ready file:
// - GET  /metadata   the IdP's metadata (HTTP-Redirect SSO, the signing certificate);
// - GET  /sso        the HTTP-Redirect binding: parses SAMLRequest, shows a login form;
// - POST /login      email and password; answers with a page that POSTs the SAMLResponse and
//                    RelayState to the SP's ACS;
// - GET  /initiate?email=E   an IdP-initiated (unsolicited) response for a configured user,
//                    as the IdP's portal sends once that user is signed in there.
// The SP metadata file is read again on every request, so a test may create the connection
// after starting this server. The ready file is JSON: {base_url, metadata_url, sso_url}.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'samlify-idp/'));
const samlify = require('samlify');
const xmllint = require('@authenio/samlify-node-xmllint');
samlify.setSchemaValidator(xmllint);

const { values: args } = parseArgs({
  options: {
    'sp-metadata': { type: 'string' },
    'ready-file': { type: 'string' },
    port: { type: 'string', default: '0' },
    user: { type: 'string', multiple: true, default: ['alice@corp.example:alice'] },
  },
});
if (!args['sp-metadata'] || !args['ready-file']) {
  console.error('usage: samlify-idp.mjs --sp-metadata FILE --ready-file PATH [--user email:password]');
  process.exit(2);
}
const users = new Map(
  args.user.map((spec) => {
    const [email, password] = spec.split(':');
    return [email, password];
  }),
);

const keys = join(here, '../../testdata/saml/keys');
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const EMAIL = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';
let idp;
const sp = () => samlify.ServiceProvider({ metadata: readFileSync(args['sp-metadata'], 'utf8') });

const escape = (s) =>
  String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (body) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>samlify test IdP</title></head><body>${body}</body></html>`;
const loginForm = (request, relay, error = '') =>
  page(
    `<h1>samlify test IdP</h1>${error ? `<p role="alert">${escape(error)}</p>` : ''}` +
      `<form method="post" action="/login"><input type="hidden" name="request" value="${escape(request)}">` +
      `<input type="hidden" name="relay" value="${escape(relay)}">` +
      `<label>Email <input name="email"></label><label>Password <input name="password" type="password"></label>` +
      `<button type="submit">Sign in</button></form>`,
  );
const postPage = (acs, response, relay) =>
  page(
    `<form method="post" action="${escape(acs)}"><input type="hidden" name="SAMLResponse" value="${escape(response)}">` +
      (relay ? `<input type="hidden" name="RelayState" value="${escape(relay)}">` : '') +
      `<noscript><button type="submit">Continue</button></noscript></form>` +
      '<script>document.forms[0].submit()</script>',
  );

async function readForm(request) {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > 1 << 20) throw new Error('form too large');
  }
  return Object.fromEntries(new URLSearchParams(body));
}

// The request id comes from samlify's parse of the AuthnRequest, carried through the form.
async function answer(res, requestId, relay, email) {
  const { context, entityEndpoint } = await idp.createLoginResponse(
    sp(),
    requestId ? { extract: { request: { id: requestId } } } : {},
    'post',
    { email },
  );
  send(res, 200, postPage(entityEndpoint, context, relay));
}

function send(res, status, body, type = 'text/html; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/metadata') {
      send(res, 200, idp.getMetadata(), 'application/samlmetadata+xml');
    } else if (req.method === 'GET' && url.pathname === '/sso') {
      const query = Object.fromEntries(url.searchParams);
      const parsed = await idp.parseLoginRequest(sp(), 'redirect', { query });
      send(res, 200, loginForm(parsed.extract.request.id, query.RelayState ?? ''));
    } else if (req.method === 'POST' && url.pathname === '/login') {
      const form = await readForm(req);
      if (users.get(form.email) !== form.password || !form.password) {
        send(res, 200, loginForm(form.request, form.relay, 'Wrong email or password'));
        return;
      }
      await answer(res, form.request, form.relay, form.email);
    } else if (req.method === 'GET' && url.pathname === '/initiate') {
      const email = url.searchParams.get('email') ?? '';
      if (!users.has(email)) {
        send(res, 404, page('unknown user'));
        return;
      }
      await answer(res, null, '', email);
    } else {
      send(res, 404, page('not found'));
    }
  } catch (error) {
    // samlify's refusals (schema, signature, unknown SP) are the test's business: show them.
    send(res, 400, page(`<pre>${escape(error?.message ?? error)}</pre>`));
  }
});

server.listen(Number(args.port), '127.0.0.1', () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  idp = samlify.IdentityProvider({
    entityID: `${base}/metadata`,
    privateKey: readFileSync(join(keys, 'idp.key.pem')),
    signingCert: readFileSync(join(keys, 'idp.crt.pem')),
    singleSignOnService: [{ Binding: REDIRECT, Location: `${base}/sso` }],
    nameIDFormat: [EMAIL],
    wantAuthnRequestsSigned: false,
  });
  writeFileSync(
    args['ready-file'],
    JSON.stringify({ base_url: base, metadata_url: `${base}/metadata`, sso_url: `${base}/sso` }),
  );
});
