/**
 * React bindings of `GatehouseClient`: the provider that owns the session and gates rendering,
 * the hooks that read it, and `<SignedIn>` / `<SignedOut>`. Components re-render when the
 * session changes (sign-in, refresh, sign-out) through `useSyncExternalStore`.
 */
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react'
import type { ReactNode } from 'react'
import type { AccessTokenClaims } from '@gatehouse/wasm'

import { GatehouseClient } from './client.js'
import type { GatehouseClientOptions, GatehouseError, SessionState, SessionStatus, SignInOptions, SignOutOptions } from './client.js'

const ClientContext = createContext<GatehouseClient | null>(null)

export interface GatehouseProviderProps extends GatehouseClientOptions {
  children?: ReactNode
  /** Rendered while the session is being established or the browser is being redirected. */
  fallback?: ReactNode
  /**
   * Send signed-out visitors to the hosted login instead of rendering `children`. Without it,
   * render `<SignedIn>` / `<SignedOut>` to choose what signed-out visitors see.
   */
  requireAuth?: boolean
  /**
   * A client created elsewhere (e.g. shared with non-React code). When given, the other
   * options are ignored.
   */
  client?: GatehouseClient
}

/** Owns the session of one project; wrap the app (or the part of it that needs sign-in) in it. */
export function GatehouseProvider(props: GatehouseProviderProps): ReactNode {
  const { children, fallback = null, requireAuth = false, client: given, ...options } = props
  // One client per provider instance for its whole life; changing options needs a new key.
  // With requireAuth a signed-out visitor goes to the hosted login anyway, and an interactive
  // authorization answers at once when its session exists, so the silent check would only add
  // a round trip.
  const [client] = useState(
    () => given ?? new GatehouseClient({ ...options, silentSignIn: options.silentSignIn ?? !requireAuth }),
  )
  const state = useSyncExternalStore(client.subscribe, client.getState, client.getState)

  useEffect(() => {
    void client.start()
    return () => client.pause()
  }, [client])

  const mustSignIn = requireAuth && state.status === 'signedOut'
  useEffect(() => {
    if (mustSignIn) void client.signIn()
  }, [client, mustSignIn])

  const ready = state.status === 'signedIn' || (state.status === 'signedOut' && !requireAuth)
  return <ClientContext.Provider value={client}>{ready ? children : fallback}</ClientContext.Provider>
}

function useClient(): GatehouseClient {
  const client = useContext(ClientContext)
  if (client === null) throw new Error('Gatehouse hooks must be used inside <GatehouseProvider>')
  return client
}

function useSession(): SessionState {
  const client = useClient()
  return useSyncExternalStore(client.subscribe, client.getState, client.getState)
}

/** The signed-in user, from the verified access token. */
export interface GatehouseUser {
  /** `sub`: the user id (`user_...`). */
  id: string
  email: string | null
  emailVerified: boolean
  name: string | null
}

/** The organization (tenant) the session belongs to. */
export interface GatehouseOrganization {
  id: string
  slug: string | null
  name: string | null
}

/** Everything the provider knows and can do. */
export interface GatehouseContextValue {
  status: SessionStatus
  isLoaded: boolean
  isSignedIn: boolean
  /** The verified access token, or null. */
  accessToken: string | null
  /** Its verified claims, or null. */
  claims: AccessTokenClaims | null
  user: GatehouseUser | null
  organization: GatehouseOrganization | null
  /** The last failure (a refused sign-in, an ended session), or null. */
  error: GatehouseError | null
  signIn(options?: SignInOptions): Promise<void>
  signOut(options?: SignOutOptions): Promise<void>
  switchOrganization(organization: string): Promise<void>
  /** A valid access token, refreshed first when it is about to expire. */
  getAccessToken(): Promise<string>
  /** `fetch` with `Authorization: Bearer <access token>`. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>
  /** The client behind the provider. */
  client: GatehouseClient
}

function userOf(claims: AccessTokenClaims | null): GatehouseUser | null {
  if (claims === null) return null
  return {
    id: claims.sub,
    email: claims.user?.email ?? null,
    emailVerified: claims.user?.email_verified ?? false,
    name: claims.user?.name ?? null,
  }
}

function organizationOf(claims: AccessTokenClaims | null): GatehouseOrganization | null {
  if (claims === null) return null
  return { id: claims.org.id, slug: claims.org.slug ?? null, name: claims.org.name ?? null }
}

/** The session and its actions (sign in, sign out, switch organization, fetch). */
export function useGatehouse(): GatehouseContextValue {
  const client = useClient()
  const state = useSession()
  return {
    status: state.status,
    isLoaded: state.status === 'signedIn' || state.status === 'signedOut',
    isSignedIn: state.status === 'signedIn',
    accessToken: state.accessToken,
    claims: state.claims,
    user: userOf(state.claims),
    organization: organizationOf(state.claims),
    error: state.error,
    signIn: (options) => client.signIn(options),
    signOut: (options) => client.signOut(options),
    switchOrganization: (organization) => client.switchOrganization(organization),
    getAccessToken: () => client.getAccessToken(),
    fetch: client.fetch,
    client,
  }
}

/** The signed-in user, or null. */
export function useUser(): GatehouseUser | null {
  return userOf(useSession().claims)
}

/** The session's organization, or null. */
export function useOrganization(): GatehouseOrganization | null {
  return organizationOf(useSession().claims)
}

/** The current (verified) access token, or null; components re-render when it is refreshed. */
export function useAccessToken(): string | null {
  return useSession().accessToken
}

/** Whether the access token grants `action` (its `actions` claim). */
export function useHasPermission(action: string): boolean {
  return useSession().claims?.actions?.includes(action) ?? false
}

/** Renders its children only while signed in. */
export function SignedIn({ children }: { children?: ReactNode }): ReactNode {
  return useSession().status === 'signedIn' ? children : null
}

/** Renders its children only while signed out. */
export function SignedOut({ children }: { children?: ReactNode }): ReactNode {
  return useSession().status === 'signedOut' ? children : null
}
