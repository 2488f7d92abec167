'use strict'
/**
 * Express integration of @gatehouse/node (Express 4 and 5).
 *
 *   const { requireAuth, requirePermission } = require('@gatehouse/node/express')
 *   app.use(requireAuth({ publishableKey, secretKey }))
 *   app.post('/invoices', requirePermission('invoices.write'), handler)
 *
 * Refusals answer exactly as every Gatehouse SDK does: 401 (403 for a missing permission, 503
 * when the signing keys cannot be fetched) with `WWW-Authenticate` per RFC 6750 and the JSON
 * body `{"error": ..., "code": ..., "message": ...}`, all computed by gatehouse-core.
 *
 * Its JSDoc is the source of the published types: `npm run types` emits express.d.cts from it
 * (and express-types.d.ts, with the `req.auth` Express's Request gets, from express-types.ts).
 */

const { AuthError, Authentication, Gatehouse, forbidden } = require('./index.cjs')

/**
 * Sends the answer for a refusal.
 * @param {import('express').Response} res
 * @param {AuthError} error
 */
function refuse(res, error) {
  res.statusCode = error.status
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value)
  res.end(error.body)
}

/**
 * Middleware that requires a valid credential and sets `req.auth` (an `Authentication`).
 * `options` are those of `new Gatehouse(...)`, or `{ gatehouse }` to share an instance.
 * CORS preflights (`OPTIONS` with `Origin` and `Access-Control-Request-Method`, which carry no
 * credentials) pass unauthenticated; the access-token cookie counts only for safe methods, so
 * an unsafe request must send `Authorization: Bearer` (docs/sdk-contract.md).
 * @param {import('./index.cjs').GatehouseOptions | { gatehouse: Gatehouse } | Gatehouse} options
 * @returns {import('express').RequestHandler}
 */
function requireAuth(options) {
  const shared = /** @type {{ gatehouse?: unknown } | null | undefined} */ (options)?.gatehouse
  const gatehouse =
    options instanceof Gatehouse
      ? options
      : shared instanceof Gatehouse
        ? shared
        : new Gatehouse(/** @type {import('./index.cjs').GatehouseOptions} */ (options))
  return async function gatehouseRequireAuth(req, res, next) {
    if (req.auth instanceof Authentication) return next()
    let auth
    try {
      auth = await gatehouse.authenticateRequest(req)
    } catch (error) {
      if (error instanceof AuthError) return refuse(res, error)
      return next(error)
    }
    if (auth !== null) req.auth = auth
    next()
  }
}

/**
 * Middleware that requires the authenticated credential to grant `action` (else 403
 * `forbidden`). It must run after `requireAuth`.
 * @param {string} action
 * @returns {import('express').RequestHandler}
 */
function requirePermission(action) {
  if (typeof action !== 'string') throw new TypeError('action must be a string')
  return function gatehouseRequirePermission(req, res, next) {
    if (!(req.auth instanceof Authentication)) {
      // requireAuth passed a CORS preflight on: there is no caller to check.
      if (req.method === 'OPTIONS') return next()
      return next(new Error(`requirePermission(${JSON.stringify(action)}) must come after requireAuth`))
    }
    if (!req.auth.hasPermission(action)) return refuse(res, forbidden(action))
    next()
  }
}

/**
 * Error-handling middleware: an `AuthError` thrown by a handler (say `throw forbidden('x')`)
 * answers like a refusal; other errors go on to the next error handler.
 * @returns {import('express').ErrorRequestHandler}
 */
function authErrorHandler() {
  return function gatehouseAuthErrorHandler(error, req, res, next) {
    if (error instanceof AuthError && !res.headersSent) return refuse(res, error)
    next(error)
  }
}

module.exports = { authErrorHandler, requireAuth, requirePermission }
