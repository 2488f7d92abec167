// Types of @gatehouse/node/express.
import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { Authentication, Gatehouse, GatehouseOptions } from './index.js'

declare global {
  namespace Express {
    interface Request {
      /** Set by `requireAuth` for an authenticated request. */
      auth?: Authentication
    }
  }
}

/**
 * Requires a valid credential and sets `req.auth`; refusals answer 401/403/503 as every
 * Gatehouse SDK does. CORS preflights pass unauthenticated; the access-token cookie counts only
 * for safe methods.
 */
export declare function requireAuth(options: GatehouseOptions | { gatehouse: Gatehouse } | Gatehouse): RequestHandler

/** Requires `req.auth` to grant `action` (else 403 `forbidden`); use after `requireAuth`. */
export declare function requirePermission(action: string): RequestHandler

/** Answers an `AuthError` thrown by a handler like a refusal. */
export declare function authErrorHandler(): ErrorRequestHandler
