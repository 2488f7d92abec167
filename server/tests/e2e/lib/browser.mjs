// A minimal scripted browser over `fetch`: a cookie jar (`tough-cookie`, so path scoping and
// attributes follow RFC 6265), manual redirects, and HTML forms read from the page, so the
// hosted login is driven through the same forms, hidden CSRF fields and cookies a person's
// browser uses — without JavaScript, as the pages promise to work.

import { CookieJar } from 'tough-cookie';

/**
 * @typedef {object} Page
 * @property {number} status
 * @property {string} url       the address that answered
 * @property {Headers} headers
 * @property {string} html
 * @property {string[]} setCookies  raw Set-Cookie headers of every response on the way
 */

const ENTITIES = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" };

export function unescapeHtml(text) {
  return text.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_, name) => ENTITIES[name]);
}

function attributes(tag) {
  /** @type {Record<string, string>} */
  const found = {};
  for (const m of tag.matchAll(/([a-zA-Z_:-]+)(?:="([^"]*)")?/g)) {
    found[m[1].toLowerCase()] = unescapeHtml(m[2] ?? '');
  }
  return found;
}

/**
 * The forms of a page: action, and the fields a browser would submit without the person
 * typing anything (inputs with a value; buttons are listed separately).
 */
export function formsOf(html) {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map((m) => {
    const attrs = attributes(m[1]);
    /** @type {Record<string, string>} */
    const fields = {};
    for (const input of m[2].matchAll(/<input\b([^>]*)>/g)) {
      const a = attributes(input[1]);
      if (a.name && a.type !== 'submit') fields[a.name] = a.value ?? '';
    }
    const buttons = [...m[2].matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)].map((b) => ({
      ...attributes(b[1]),
      text: unescapeHtml(b[2].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()),
    }));
    return { action: attrs.action ?? '', method: (attrs.method ?? 'get').toLowerCase(), fields, buttons };
  });
}

/** The text of the page's `<h1>`. */
export function titleOf(html) {
  const m = html.match(/<h1>([\s\S]*?)<\/h1>/);
  return m ? unescapeHtml(m[1].trim()) : '';
}

/** The stable error code an error page shows, if any. */
export function errorCodeOf(html) {
  const m = html.match(/<code data-code="([^"]+)"/) ?? html.match(/Error code: <code>([^<]+)<\/code>/);
  return m ? m[1] : undefined;
}

/** The page's visible text, for comparing two pages. */
export function textOf(html) {
  const body = html.match(/<main>([\s\S]*)<\/main>/)?.[1] ?? html;
  return unescapeHtml(body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
}

export class ScriptedBrowser {
  jar = new CookieJar();

  /**
   * Loads `url` and follows redirects, stopping (without loading it) at a URL that starts
   * with `stopAt` — the application's redirect URI.
   * @returns {Promise<Page>}
   */
  async open(url, { method = 'GET', form = undefined, stopAt = undefined, headers = {} } = {}) {
    /** @type {string[]} */
    const setCookies = [];
    let current = url;
    let body = form ? new URLSearchParams(form).toString() : undefined;
    for (let hops = 0; hops < 10; hops += 1) {
      if (stopAt && current.startsWith(stopAt)) {
        return { status: 0, url: current, headers: new Headers(), html: '', setCookies };
      }
      const cookie = await this.jar.getCookieString(current);
      const response = await fetch(current, {
        method,
        redirect: 'manual',
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          ...headers,
        },
        body,
      });
      for (const raw of response.headers.getSetCookie()) {
        setCookies.push(raw);
        await this.jar.setCookie(raw, current);
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.arrayBuffer();
        current = new URL(location, current).toString();
        method = 'GET';
        body = undefined;
        continue;
      }
      return { status: response.status, url: current, headers: response.headers, html: await response.text(), setCookies };
    }
    throw new Error(`too many redirects from ${url}`);
  }

  /**
   * Submits the form of `page` whose action ends with `actionPath`, with its hidden fields
   * plus `fields` (and the named `button`'s value, as a click on it would).
   * @param {Page} page
   * @param {string} actionPath
   * @param {Record<string, string>} fields
   */
  async submit(page, actionPath, fields = {}, { stopAt = undefined, button = undefined } = {}) {
    const form = formsOf(page.html).find((f) => new URL(f.action, page.url).pathname.endsWith(actionPath));
    if (!form) {
      throw new Error(`no form posting to ${actionPath} on ${page.url} (${page.status}): ${textOf(page.html)}`);
    }
    const values = { ...form.fields, ...fields };
    if (button) {
      const chosen = form.buttons.find((b) => b.text.includes(button));
      if (!chosen) throw new Error(`no button "${button}" in form ${actionPath}`);
      if (chosen.name) values[chosen.name] = chosen.value ?? '';
    }
    return this.open(new URL(form.action, page.url).toString(), { method: 'POST', form: values, stopAt });
  }
}

/**
 * Signs in with a password through the hosted login, starting at `authorizationUrl`, and
 * returns the URL the browser was sent back to (the redirect URI with `code`, or `error`).
 */
export async function passwordSignIn(browser, authorizationUrl, redirectUri, email, password) {
  const login = await browser.open(authorizationUrl, { stopAt: redirectUri });
  if (login.status === 0) return new URL(login.url);
  const methods = await browser.submit(login, '/login', { email });
  const done = await browser.submit(methods, '/login/password', { password }, { stopAt: redirectUri });
  if (done.status !== 0) {
    throw new Error(`password sign-in did not return to the app: ${done.status} ${textOf(done.html)}`);
  }
  return new URL(done.url);
}
