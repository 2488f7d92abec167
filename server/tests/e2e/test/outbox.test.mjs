// Mail leaves through the outbox (server/domain/src/workers/mail.rs): a request that sends mail
// answers at once even while the SMTP server is down, and the message arrives once it is back,
// after the failed attempts were retried with backoff.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Gatehouse } from '../lib/server.mjs';
import { ScriptedBrowser, textOf, titleOf } from '../lib/browser.mjs';
import { linkIn } from '../lib/mailbox.mjs';

const gatehouse = new Gatehouse();

before(async () => {
  await gatehouse.start({ smtpDown: true });
});
after(async () => {
  await gatehouse.stop();
});

async function pendingMail() {
  const text = await fetch(`${gatehouse.baseUrl}/metrics`).then((r) => r.text());
  const match = text.match(/^gatehouse_outbox_pending (\d+)/m);
  assert.ok(match, 'the pending-mail gauge is exported');
  return Number(match[1]);
}

async function retriedAttempts() {
  const text = await fetch(`${gatehouse.baseUrl}/metrics`).then((r) => r.text());
  const match = text.match(/^gatehouse_outbox_mail_total\{outcome="retried"\} (\d+)/m);
  return match ? Number(match[1]) : 0;
}

test('a reset mail queued during an SMTP outage is delivered once the server is back', async () => {
  const email = 'outage.reset@acme.test';
  await gatehouse.api(
    'POST',
    '/users',
    { organization_id: gatehouse.dev.demo_organization_id, email, password: 'outage password one', email_verified: true },
    201,
  );
  const browser = new ScriptedBrowser();
  const forgot = await browser.open(`${gatehouse.issuer}/forgot`);
  const answer = await browser.submit(forgot, '/forgot', { email });
  assert.equal(answer.status, 200, 'the request does not wait for the mail server');
  assert.equal(titleOf(answer.html), 'Check your email');

  // The first attempts fail (nothing listens) and are retried, the message stays queued.
  for (let i = 0; i < 200 && (await retriedAttempts()) < 2; i += 1) {
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok((await retriedAttempts()) >= 2, 'at least two attempts failed and were rescheduled');
  assert.equal(await pendingMail(), 1);
  assert.equal(gatehouse.mailbox.messages.length, 0);

  // The SMTP server comes back on the same port: the next retry delivers.
  await gatehouse.mailbox.start(gatehouse.smtpPort);
  const mail = await gatehouse.mailbox.latest(email, 0);
  assert.match(mail.subject ?? '', /password/i);
  assert.equal(await pendingMail(), 0);

  // The delivered link is live.
  const reset = await browser.open(linkIn(mail, gatehouse.issuer));
  assert.equal(reset.status, 200, textOf(reset.html));
});
