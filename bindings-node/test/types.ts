// Compiled by `tsc --noEmit` only: the public types as an application uses them.
import express from 'express'

import {
  AuthError,
  Gatehouse,
  Jwks,
  verifyAccessToken,
  type AccessTokenClaims,
  type AuthErrorCode,
  type Authentication,
} from '@gatehouse/node'
import { authErrorHandler, requireAuth, requirePermission } from '@gatehouse/node/express'

const jwks = new Jwks({ keys: [] })
const claims: AccessTokenClaims = verifyAccessToken('token', {
  jwks,
  issuer: 'https://auth.example.com',
  audience: 'proj_x',
  now: new Date(),
})
const organization: string = claims.org.id
const permissions: string[] | undefined = claims.actions

const gatehouse = new Gatehouse({ publishableKey: 'pk_test_x', secretKey: null })
async function check(): Promise<string | null> {
  try {
    const auth: Authentication | null = await gatehouse.authenticate({ method: 'GET', authorization: 'Bearer x' })
    return auth?.impersonator?.email ?? auth?.userId ?? null
  } catch (error) {
    if (error instanceof AuthError) {
      const code: AuthErrorCode = error.code
      return `${code} ${error.status} ${error.wwwAuthenticate ?? ''}`
    }
    throw error
  }
}

const app = express()
app.use(requireAuth({ gatehouse }))
app.post('/invoices', requirePermission('invoices.write'), (req, res) => {
  const auth = req.auth
  res.json({ organizationId: auth?.organizationId, impersonated: auth?.isImpersonated })
})
app.use(authErrorHandler())

export { check, organization, permissions }
