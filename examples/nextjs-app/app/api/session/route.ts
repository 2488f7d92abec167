// Signs in with Gatehouse's password API (`POST {issuer}/v1/login/password`) and keeps the access
// token in an HttpOnly cookie, which the middleware and `auth()` read on later page requests.
// This route is outside the middleware's matcher: it is how a visitor gets a token.
import { ACCESS_TOKEN_COOKIE, parsePublishableKey } from '@gatehouse/wasm'
import { NextResponse } from 'next/server'

/** Only a path on this site: `//evil.example` or `/\evil.example` would leave it. */
function localPath(value: FormDataEntryValue | null): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/dashboard'
}

function field(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/**
 * A 303 to a path on this site, as a relative `Location`: Next.js rewrites a request's
 * `127.0.0.1` host to `localhost` in `request.url`, and an absolute URL built from it would land
 * the browser on another origin than the one the cookie was set for.
 */
function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path } })
}

export async function POST(request: Request) {
  const form = await request.formData()
  const returnTo = localPath(form.get('return_to'))
  const { issuer } = parsePublishableKey(process.env.GATEHOUSE_PUBLISHABLE_KEY ?? '')
  const answer = await fetch(`${issuer}/v1/login/password`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      organization: field(form, 'organization'),
      email: field(form, 'email'),
      password: field(form, 'password'),
    }),
  })
  const body = (await answer.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; code?: string }
  if (!answer.ok || typeof body.access_token !== 'string') {
    const query = new URLSearchParams({ error: body.code ?? 'sign_in_failed', return_to: returnTo })
    return seeOther(`/signin?${query}`)
  }
  const response = seeOther(returnTo)
  response.cookies.set(ACCESS_TOKEN_COOKIE, body.access_token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: new URL(request.url).protocol === 'https:',
    path: '/',
    maxAge: body.expires_in,
  })
  return response
}
