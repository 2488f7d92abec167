/**
 * @gatehouse/nextjs: Gatehouse for Next.js App Router apps. `auth()`, `requireAuth()`,
 * `requirePermission()` and `withAuth()` for route handlers and server components (configured by
 * `GATEHOUSE_PUBLISHABLE_KEY`, or `createGatehouse(options)`); the Edge middleware is
 * `@gatehouse/nextjs/middleware`. Tokens are verified by the Gatehouse core compiled to
 * WebAssembly (`@gatehouse/wasm`), so they get the verdicts and error codes of every other SDK.
 */
import { createGatehouse } from './server.js'

export { ACCESS_TOKEN_COOKIE, AUTH_ERROR_CODES, AuthError, forbidden, type AccessTokenClaims, type AuthErrorCode } from '@gatehouse/wasm'
export { Authentication, type Impersonator } from './authentication.js'
export { createGatehouse, type NextGatehouse, type RouteHandler } from './server.js'
export { authErrorResponse, type GatehouseNextOptions, type RequestLike } from './verifier.js'

const configured = createGatehouse()

/** See `NextGatehouse.auth`: the caller or null, configured by `GATEHOUSE_PUBLISHABLE_KEY`. */
export const auth = configured.auth
/** See `NextGatehouse.requireAuth`. */
export const requireAuth = configured.requireAuth
/** See `NextGatehouse.requirePermission`. */
export const requirePermission = configured.requirePermission
/** See `NextGatehouse.withAuth`. */
export const withAuth = configured.withAuth
