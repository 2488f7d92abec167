/**
 * The Edge middleware: verifies the request's credential (bearer, or the access-token cookie
 * for safe methods) with the WebAssembly core before the route runs, and refuses it as every
 * Gatehouse SDK does, or sends page requests to a sign-in page. It only gates: route handlers
 * and server components get the caller from `auth()`, which verifies again with its own cached
 * keys rather than trusting a header a request could forge on a path the matcher missed.
 *
 *   // middleware.ts
 *   import { gatehouseMiddleware } from '@gatehouse/nextjs/middleware'
 *   export default gatehouseMiddleware({ signInUrl: '/signin' })
 *   export const config = { matcher: ['/dashboard/:path*', '/api/notes/:path*'] }
 */
import { AuthError, forbidden } from '@gatehouse/wasm'
import { NextResponse, type NextRequest } from 'next/server.js'

import { authErrorResponse, authenticate, gatehouseFor, type GatehouseNextOptions } from './verifier.js'

export { authErrorResponse } from './verifier.js'

export interface MiddlewareOptions extends GatehouseNextOptions {
  /**
   * Where a page request without a valid credential is redirected (307, with the path it asked
   * for in `return_to`). Without it, every refusal is answered with the 401 JSON body.
   */
  signInUrl?: string
  /** Requests always answered with JSON rather than redirected; default: paths under `/api/`. */
  isApiRequest?: (request: NextRequest) => boolean
  /** A permission every matched request needs (403 `forbidden` otherwise). */
  permission?: string
}

function underApi(request: NextRequest): boolean {
  return request.nextUrl.pathname === '/api' || request.nextUrl.pathname.startsWith('/api/')
}

/** The middleware function for `middleware.ts` (`export default gatehouseMiddleware(...)`). */
export function gatehouseMiddleware(options: MiddlewareOptions = {}): (request: NextRequest) => Promise<Response> {
  const { signInUrl, isApiRequest = underApi, permission } = options
  if (signInUrl !== undefined && (typeof signInUrl !== 'string' || !signInUrl.startsWith('/'))) {
    throw new TypeError('signInUrl must be a path on this site, starting with /')
  }
  if (permission !== undefined && typeof permission !== 'string') {
    throw new TypeError('permission must be a string')
  }
  return async function middleware(request) {
    try {
      const caller = await authenticate(gatehouseFor(options), request)
      if (caller !== null && permission !== undefined && !caller.hasPermission(permission)) {
        throw forbidden(permission)
      }
      return NextResponse.next()
    } catch (error) {
      if (!(error instanceof AuthError)) throw error
      if (error.status === 401 && signInUrl !== undefined && !isApiRequest(request)) {
        const target = new URL(signInUrl, request.nextUrl.origin)
        target.searchParams.set('return_to', `${request.nextUrl.pathname}${request.nextUrl.search}`)
        return NextResponse.redirect(target, 307)
      }
      return authErrorResponse(error)
    }
  }
}
