// Starts a real `gatehouse dev` (the binary named by GATEHOUSE_BIN) with `--port 0 --ready-file`,
// with a fresh data directory and mail sent to an in-process SMTP receiver, and offers the
// backend API with the dev project's secret key.

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Mailbox } from './mailbox.mjs';

/**
 * @typedef {object} DevEnvironment
 * @property {string} api_url
 * @property {string} issuer
 * @property {string} project_id
 * @property {string} publishable_key
 * @property {string} secret_key
 * @property {string} demo_organization_id
 * @property {string} demo_user_email
 * @property {string} demo_user_password
 */

export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export class Gatehouse {
  /** @type {DevEnvironment} */
  dev;
  mailbox = new Mailbox();
  /** @type {import('node:child_process').ChildProcess | undefined} */
  #child;
  #dir = '';
  logPath = '';
  baseUrl = '';

  /** The SMTP port the server sends to. */
  smtpPort = 0;

  /**
   * Starts the SMTP receiver and the server; resolves once the server listens. With
   * `smtpDown`, the server is told a port where nothing listens yet (the receiver is started
   * later with `mailbox.start(gatehouse.smtpPort)`), as during an SMTP outage.
   */
  async start({ smtpDown = false } = {}) {
    const bin = process.env.GATEHOUSE_BIN;
    if (!bin) throw new Error('GATEHOUSE_BIN must name a built `gatehouse` binary');
    if (smtpDown) {
      this.smtpPort = await freePort();
    } else {
      await this.mailbox.start();
      this.smtpPort = this.mailbox.port;
    }
    this.mailbox.settle = () => this.mailSettled();
    this.#dir = await mkdtemp(join(tmpdir(), 'gatehouse-e2e-'));
    this.logPath = join(this.#dir, 'server.log');
    const readyFile = join(this.#dir, 'ready.json');
    const log = createWriteStream(this.logPath);
    const child = spawn(
      bin,
      [
        'dev',
        '--data-dir',
        join(this.#dir, 'data'),
        '--port',
        '0',
        '--ready-file',
        readyFile,
        '--smtp-url',
        `smtp://127.0.0.1:${this.smtpPort}`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GATEHOUSE_LOG: 'info' } },
    );
    this.#child = child;
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    const exited = new Promise((_, reject) =>
      child.once('exit', (code) => reject(new Error(`gatehouse exited with ${code}; log: ${this.logPath}`))),
    );
    exited.catch(() => {});
    // `dev --ready-file` writes the file once it listens.
    let ready;
    for (let attempt = 0; ; attempt += 1) {
      ready = await readFile(readyFile, 'utf8').then((text) => JSON.parse(text), () => undefined);
      if (ready) break;
      if (attempt > 600) throw new Error(`gatehouse did not start; log: ${this.logPath}`);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 50))]);
    }
    this.baseUrl = ready.base_url.replace('//localhost:', '//127.0.0.1:');
    this.dev = JSON.parse(await readFile(ready.dev_json, 'utf8'));
    return this;
  }

  /**
   * Resolves once the server's outbox holds no undelivered mail (its `/metrics`), so every
   * message a finished request queued is in `mailbox`.
   */
  async mailSettled() {
    for (let attempt = 0; attempt < 400; attempt += 1) {
      const text = await fetch(`${this.baseUrl}/metrics`).then((r) => r.text());
      const pending = text.match(/^gatehouse_outbox_pending (\d+)/m);
      if (pending && pending[1] === '0') return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the outbox did not drain; log: ${this.logPath}`);
  }

  get issuer() {
    return this.dev.issuer;
  }

  /** Calls the backend API with the secret key; throws unless the status is `expected`. */
  async api(method, path, body, expected = 200) {
    const response = await fetch(`${this.baseUrl}/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.dev.secret_key}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== expected) {
      throw new Error(`${method} /v1${path}: expected ${expected}, got ${response.status}: ${text}`);
    }
    return text ? JSON.parse(text) : undefined;
  }

  /** The server's log so far (for failure messages). */
  async log() {
    return readFile(this.logPath, 'utf8').catch(() => '');
  }

  async stop() {
    const child = this.#child;
    if (child && child.exitCode === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    }
    if (this.mailbox.port !== 0) await this.mailbox.stop();
    if (process.env.GATEHOUSE_E2E_KEEP !== '1') await rm(this.#dir, { recursive: true, force: true });
  }
}
