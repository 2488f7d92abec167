// The public types of @gatehouse/node/express: what express.cjs exports (declarations emitted
// from its JSDoc into express.d.cts), plus the `req.auth` that `requireAuth` sets on Express's
// Request, a global augmentation JSDoc cannot declare. `npm run types` emits express-types.d.ts.
import type { Authentication } from './index.cjs'

export * from './express.cjs'

declare global {
  namespace Express {
    interface Request {
      /** Set by `requireAuth` for an authenticated request. */
      auth?: Authentication
    }
  }
}
