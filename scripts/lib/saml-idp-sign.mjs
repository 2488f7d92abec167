// Signs SAML responses with samlify (npm, a real IdP implementation nobody here wrote) for the
// committed fixtures under testdata/saml/peers/. Run by scripts/generate-saml-fixtures, which
// installs samlify into a temporary directory and passes:
//   SAMLIFY_DIR    that directory (samlify is loaded from its node_modules)
//   SAML_IDP_KEY   the IdP's PEM private key file, SAML_IDP_CERT its PEM certificate file
//   SAML_FIXTURE   JSON: time (Unix seconds), sp_entity, acs_url, idp_entity, idp_sso, request_id
// Prints a JSON object: fixture name -> base64 SAMLResponse. The clock is fixed at `time`, so
// the fixtures carry fixed timestamps (samlify reads the time with `new Date()`).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(`${process.env.SAMLIFY_DIR}/`);
const fixture = JSON.parse(process.env.SAML_FIXTURE);

const RealDate = Date;
globalThis.Date = class extends RealDate {
  constructor(...args) {
    super(...(args.length ? args : [fixture.time * 1000]));
  }
  static now() {
    return fixture.time * 1000;
  }
};

const samlify = require('samlify');
// Schema validation is for the receiving side; here samlify only produces messages.
samlify.setSchemaValidator({ validate: () => Promise.resolve('skipped') });

const POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const EMAIL = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';

const idp = samlify.IdentityProvider({
  entityID: fixture.idp_entity,
  privateKey: readFileSync(process.env.SAML_IDP_KEY),
  signingCert: readFileSync(process.env.SAML_IDP_CERT),
  singleSignOnService: [{ Binding: REDIRECT, Location: fixture.idp_sso }],
  nameIDFormat: [EMAIL],
});

const user = { email: 'alice@corp.example' };
const variants = {
  'samlify-assertion-signed': { wantAssertionsSigned: true, wantMessageSigned: false },
  'samlify-response-signed': { wantAssertionsSigned: false, wantMessageSigned: true },
  'samlify-both-signed': { wantAssertionsSigned: true, wantMessageSigned: true },
};

const out = {};
for (const [name, flags] of Object.entries(variants)) {
  const sp = samlify.ServiceProvider({
    entityID: fixture.sp_entity,
    assertionConsumerService: [{ Binding: POST, Location: fixture.acs_url }],
    nameIDFormat: [EMAIL],
    ...flags,
  });
  // samlify's own template and values (no custom tag replacement): what its users send.
  const { context } = await idp.createLoginResponse(
    sp,
    { extract: { request: { id: fixture.request_id } } },
    'post',
    user,
  );
  out[name] = context;
}
process.stdout.write(JSON.stringify(out));
