// A real SMTP receiver in the test process (`smtp-server`, parsed with `mailparser`), so the
// server's `lettre` transport is exercised over a socket exactly as with a production relay.
//
// A message is parsed and stored before the receiver answers `250` to DATA. The server queues
// mail in its outbox and delivers it after answering the request (server/domain/src/workers/mail.rs),
// so tests wait for the outbox to drain (`settle`, wired by `Gatehouse` to the server's
// `gatehouse_outbox_pending` metric) before they look: once it reads 0, every message a request
// queued has been accepted here, and "no mail arrived" is a fact, not a race.

import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export class Mailbox {
  /** @type {import('mailparser').ParsedMail[]} */
  messages = [];
  /** @type {SMTPServer} */
  #server;
  port = 0;
  /** Waits until the server has no mail waiting; set by the owner of the server. */
  settle = async () => {};

  /** Listens on `port` (0: any free one). */
  async start(port = 0) {
    this.#server = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, '127.0.0.1', () => resolve(undefined));
    });
    const address = this.#server.server.address();
    if (address === null || typeof address === 'string') throw new Error('SMTP receiver has no port');
    this.port = address.port;
    return this;
  }

  /** `smtp://` URL for `gatehouse --smtp-url` (plain SMTP on loopback). */
  get url() {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Messages addressed to `email`. */
  to(email) {
    return this.messages.filter((m) => addressesOf(m).includes(email.toLowerCase()));
  }

  /** The one new message to `email` since `count` messages were seen for it. */
  async latest(email, count) {
    await this.settle();
    const messages = this.to(email);
    if (messages.length !== count + 1) {
      throw new Error(`expected one new message to ${email}, found ${messages.length - count}`);
    }
    return messages[messages.length - 1];
  }

  async stop() {
    await new Promise((resolve) => this.#server.close(() => resolve(undefined)));
  }
}

function addressesOf(mail) {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((a) => (a.address ?? '').toLowerCase()));
}

/** The link a message carries (its plain-text part), checked to point at `issuer`. */
export function linkIn(mail, issuer) {
  const text = mail.text ?? '';
  const match = text.match(/https?:\/\/\S+[?&]token=[A-Za-z0-9_-]+/);
  if (!match) throw new Error(`no link in message "${mail.subject}":\n${text}`);
  if (!match[0].startsWith(`${issuer}/`)) throw new Error(`link ${match[0]} is not under ${issuer}`);
  return match[0];
}
