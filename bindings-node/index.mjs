// The ESM entry point: the same objects as the CommonJS one, so `instanceof AuthError` holds
// whichever way an application (or its dependencies) loads the package.
import gatehouse from './index.cjs'

export const {
  ACCESS_TOKEN_COOKIE,
  API_KEY_PREFIX,
  AUTH_ERROR_CODES,
  AuthError,
  Authentication,
  Gatehouse,
  Jwks,
  authenticateWithAnswer,
  forbidden,
  isWellFormedApiKey,
  requestCredential,
  verifyAccessToken,
} = gatehouse
