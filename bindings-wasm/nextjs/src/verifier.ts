/**
 * What the middleware and `auth()` share: one `Gatehouse` (the WebAssembly core with its JWKS
 * cache) per publishable key and runtime, and the request-to-principal step. Which credential a
 * request carries (bearer first, the cookie for safe methods only, nothing for a CORS preflight)
 * and whether it is valid are the core's decisions (`docs/sdk-contract.md`).
 */
import { AuthError, Gatehouse, requestCredential } from '@gatehouse/wasm'

import { Authentication } from './authentication.js'

export interface GatehouseNextOptions {
  /** `pk_test_...` or `pk_live_...`; default: the `GATEHOUSE_PUBLISHABLE_KEY` environment variable. */
  publishableKey?: string
  /** The audience to require instead of the project id. */
  audience?: string
  /** Seconds of clock skew tolerated on `exp` and `nbf` (default 30). */
  leeway?: number
}

/** One instance per key, so every request of a runtime shares the cached signing keys. */
const instances = new Map<string, Gatehouse>()

/** The `Gatehouse` for these options, created on first use (a request, not the import). */
export function gatehouseFor(options: GatehouseNextOptions): Gatehouse {
  const publishableKey = options.publishableKey ?? process.env.GATEHOUSE_PUBLISHABLE_KEY
  if (typeof publishableKey !== 'string' || publishableKey === '') {
    throw new TypeError('@gatehouse/nextjs: set publishableKey or GATEHOUSE_PUBLISHABLE_KEY')
  }
  const name = JSON.stringify([publishableKey, options.audience ?? null, options.leeway ?? null])
  let gatehouse = instances.get(name)
  if (gatehouse === undefined) {
    gatehouse = new Gatehouse({ publishableKey, audience: options.audience, leeway: options.leeway })
    instances.set(name, gatehouse)
  }
  return gatehouse
}

/** A request's method and headers (a `Request`, a `NextRequest`, or `next/headers`). */
export interface RequestLike {
  method: string
  headers: { get(name: string): string | null }
}

/**
 * Authenticates a request: resolves to the caller, or null for a CORS preflight (which carries
 * no credential and is not authenticated); rejects with `AuthError`.
 */
export async function authenticate(gatehouse: Gatehouse, request: RequestLike): Promise<Authentication | null> {
  const { headers } = request
  const found = requestCredential({
    method: request.method,
    authorization: headers.get('authorization'),
    cookie: headers.get('cookie'),
    origin: headers.get('origin'),
    accessControlRequestMethod: headers.get('access-control-request-method'),
  })
  if (found === null) return null
  return new Authentication(found.credential, await gatehouse.authenticate(found.credential))
}

/** The answer for a refusal: the core's status, JSON body and `WWW-Authenticate`. */
export function authErrorResponse(error: AuthError): Response {
  return new Response(error.body, { status: error.status, headers: error.headers })
}
