/**
 * @gatehouse/react: sign-in for React apps with a Gatehouse project's hosted login.
 *
 * `<GatehouseProvider publishableKey>` runs the OAuth 2.1 authorization-code flow with PKCE,
 * keeps the access token in memory, verifies every token with the Gatehouse core (WebAssembly,
 * `@gatehouse/wasm`) before trusting it, refreshes in the background and gates rendering.
 */
export { GatehouseClient, GatehouseError } from './client.js'
export type {
  GatehouseClientOptions,
  SessionState,
  SessionStatus,
  SignInOptions,
  SignOutOptions,
  TransactionStorage,
} from './client.js'
export {
  GatehouseProvider,
  SignedIn,
  SignedOut,
  useAccessToken,
  useGatehouse,
  useHasPermission,
  useOrganization,
  useUser,
} from './provider.js'
export type {
  GatehouseContextValue,
  GatehouseOrganization,
  GatehouseProviderProps,
  GatehouseUser,
} from './provider.js'
export { AuthError } from '@gatehouse/wasm'
export type { AccessTokenClaims } from '@gatehouse/wasm'
