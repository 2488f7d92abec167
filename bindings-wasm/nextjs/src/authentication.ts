/**
 * The authenticated caller, with the same names as `@gatehouse/node`'s `Authentication` (and the
 * Python SDK's principal): the fields come from the core's principal (`authenticateAccessToken`
 * in `bindings-wasm/core.js`), nothing here reads a claim itself.
 */
import type { AccessTokenClaims, Principal } from '@gatehouse/wasm'

/** The staff member acting as the user (the `act` claim, RFC 8693). */
export interface Impersonator {
  readonly sub: string
  readonly email: string | null
}

/** An authenticated caller: an access token the core verified. */
export class Authentication {
  /** Always `"access_token"` here: API keys are checked by the server SDKs (`@gatehouse/node`). */
  readonly kind: 'access_token' | 'api_key'
  /** The credential exactly as the request carried it, to call your own APIs on the caller's behalf. */
  readonly credentials: string
  /** The organization (tenant) the caller belongs to: scope every query by it. */
  readonly organizationId: string
  /** The user (`sub`). */
  readonly userId: string | null
  /** The API key's id; null for access tokens. */
  readonly apiKeyId: string | null
  readonly roles: readonly string[]
  /** The permissions, expanded from the roles. */
  readonly actions: readonly string[]
  /** The verified claims. */
  readonly claims: AccessTokenClaims | null
  /** The staff member acting as the user (`act`); null otherwise. */
  readonly impersonator: Impersonator | null
  /** Whether a staff member is acting as the user (`act`). */
  readonly isImpersonated: boolean

  /** Built by `auth()` and the middleware from the core's answer. */
  constructor(credential: string, accepted: { principal: Principal; claims: AccessTokenClaims | null }) {
    const { principal } = accepted
    this.kind = principal.kind
    this.credentials = credential
    this.organizationId = principal.organization_id
    this.userId = principal.user_id
    this.apiKeyId = principal.api_key_id
    this.roles = Object.freeze([...principal.roles])
    this.actions = Object.freeze([...principal.actions])
    this.claims = accepted.claims
    this.impersonator =
      principal.impersonator === null
        ? null
        : Object.freeze({ sub: principal.impersonator.sub, email: principal.impersonator.email })
    this.isImpersonated = this.impersonator !== null
    Object.freeze(this)
  }

  /** Whether the credential grants the permission (`actions` contains it). */
  hasPermission(action: string): boolean {
    return this.actions.includes(action)
  }

  /** Whether the credential holds the role. */
  hasRole(role: string): boolean {
    return this.roles.includes(role)
  }
}
