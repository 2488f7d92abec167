// The application the hosted login returns to: a tiny HTTP server on a loopback port that
// shows the authorization response (or error) it receives, like a real app's callback route.

import { createServer } from 'node:http';

export class CallbackApp {
  /** @type {import('node:http').Server | undefined} */
  #server;
  origin = '';

  async start() {
    this.#server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', this.origin);
      const rows = [...url.searchParams].map(([k, v]) => `<tr><th>${escape(k)}</th><td><code>${escape(v)}</code></td></tr>`);
      const title = url.searchParams.has('code') ? 'Signed in' : url.searchParams.has('error') ? 'Sign-in failed' : 'Example app';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
          `<body><h1>${title}</h1><p>${escape(url.pathname)}</p><table>${rows.join('')}</table></body></html>`,
      );
    });
    await new Promise((resolve) => this.#server?.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = this.#server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    this.origin = `http://127.0.0.1:${address.port}`;
    return this;
  }

  get redirectUri() {
    return `${this.origin}/callback`;
  }

  async stop() {
    await new Promise((resolve) => this.#server?.close(() => resolve(undefined)));
  }
}

function escape(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
