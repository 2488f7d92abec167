/**
 * Server-side helpers for route handlers and server components (Node.js or Edge runtime): the
 * request is read through `next/headers` unless one is given, verified by the WebAssembly core,
 * and refusals answer exactly as every Gatehouse SDK does (`authErrorResponse`).
 */
import { AuthError, forbidden } from '@gatehouse/wasm'
import { headers } from 'next/headers.js'

import type { Authentication } from './authentication.js'
import { authErrorResponse, authenticate, gatehouseFor, type GatehouseNextOptions, type RequestLike } from './verifier.js'

/** A route handler, as `app/**\/route.ts` exports it. */
export type RouteHandler<Context> = (request: Request, context: Context) => Response | Promise<Response>

export interface NextGatehouse {
  /**
   * The caller, or null when the request carries no valid credential (any 401 refusal) or is a
   * CORS preflight. Rejects with `AuthError` only when the signing keys cannot be fetched (503).
   * Without `request`, reads the current one through `next/headers`.
   */
  auth(request?: RequestLike): Promise<Authentication | null>
  /** The caller; rejects with `AuthError` (401, or 503). */
  requireAuth(request?: RequestLike): Promise<Authentication>
  /** The caller, who must hold `action`; rejects with `AuthError` (401, 403 `forbidden`, or 503). */
  requirePermission(action: string, request?: RequestLike): Promise<Authentication>
  /** Wraps a route handler so that an `AuthError` it throws answers 401/403/503 as the contract says. */
  withAuth<Context>(handler: RouteHandler<Context>): RouteHandler<Context>
}

/**
 * The request being rendered, from `next/headers`. A page render is a GET; a Server Action is a
 * POST (it carries `Next-Action`), for which the access-token cookie does not count, as for any
 * unsafe method (`docs/sdk-contract.md`, the CSRF rule).
 */
async function currentRequest(): Promise<RequestLike> {
  const incoming = await headers()
  return { method: incoming.has('next-action') ? 'POST' : 'GET', headers: incoming }
}

/** The helpers for one configuration (`createGatehouse()` reads `GATEHOUSE_PUBLISHABLE_KEY`). */
export function createGatehouse(options: GatehouseNextOptions = {}): NextGatehouse {
  async function requireAuth(request?: RequestLike): Promise<Authentication> {
    const found = await authenticate(gatehouseFor(options), request ?? (await currentRequest()))
    if (found === null) {
      throw new TypeError('a CORS preflight carries no credential: answer OPTIONS without requireAuth')
    }
    return found
  }

  return {
    async auth(request) {
      const resolved = request ?? (await currentRequest())
      try {
        return await authenticate(gatehouseFor(options), resolved)
      } catch (error) {
        if (error instanceof AuthError && error.status === 401) return null
        throw error
      }
    },
    requireAuth,
    async requirePermission(action, request) {
      if (typeof action !== 'string') throw new TypeError('action must be a string')
      const caller = await requireAuth(request)
      if (!caller.hasPermission(action)) throw forbidden(action)
      return caller
    },
    withAuth(handler) {
      return async function gatehouseRouteHandler(request, context) {
        try {
          return await handler(request, context)
        } catch (error) {
          if (error instanceof AuthError) return authErrorResponse(error)
          throw error
        }
      }
    },
  }
}
