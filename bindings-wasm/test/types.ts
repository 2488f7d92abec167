// Compiled by `tsc --noEmit` only: the public types as an application uses them.
import {
  AuthError,
  Gatehouse,
  Jwks,
  RemoteJwks,
  parsePublishableKey,
  verifyAccessToken,
  type AccessTokenClaims,
  type AuthErrorCode,
  type PublishableKey,
} from '@gatehouse/wasm'

const jwks = new Jwks({ keys: [] })
const claims: AccessTokenClaims = verifyAccessToken('token', {
  jwks,
  issuer: 'https://auth.example.com',
  audience: 'proj_x',
  now: new Date(),
  leeway: 0,
})
const organization: string = claims.org.id
const permissions: string[] | undefined = claims.actions
const key: PublishableKey = parsePublishableKey('pk_test_x')
const remote = new RemoteJwks(key.jwksUrl, { minTtl: 60, fetch, clock: () => Date.now() })
const gatehouse = new Gatehouse({ publishableKey: key.publishableKey, audience: null })

async function check(token: string): Promise<string> {
  try {
    const verified = await gatehouse.verify(token)
    const viaRemote = await remote.verify(token, { issuer: key.issuer, audience: key.projectId })
    return `${verified.sub} ${viaRemote.org.slug ?? ''} ${(await remote.getKeys()).keyIds.length}`
  } catch (error) {
    if (error instanceof AuthError) {
      const code: AuthErrorCode = error.code
      return `${code} ${error.status} ${error.wwwAuthenticate ?? ''}`
    }
    throw error
  }
}

export { check, organization, permissions }
