// GatehouseProvider, the hooks and <SignedIn>/<SignedOut> rendered with React 19 (happy-dom),
// driving a GatehouseClient against the in-process authorization server.
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'

import {
  GatehouseClient,
  GatehouseProvider,
  SignedIn,
  SignedOut,
  useAccessToken,
  useGatehouse,
  useHasPermission,
  useOrganization,
  useUser,
} from '../src/index.js'
import { AuthorizationServer, MemoryStorage, PUBLISHABLE_KEY, REDIRECT_URI } from './support/authorization-server.js'

let server: AuthorizationServer
let storage: MemoryStorage
let navigations: string[]
let address: string

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  vi.setSystemTime(new Date('2026-11-26T12:00:00Z'))
  server = await AuthorizationServer.start()
  storage = new MemoryStorage()
  navigations = []
  address = REDIRECT_URI
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

function client(options: { silentSignIn?: boolean } = {}): GatehouseClient {
  return new GatehouseClient({
    publishableKey: PUBLISHABLE_KEY,
    redirectUri: REDIRECT_URI,
    fetch: server.fetch,
    navigate: (url) => navigations.push(url),
    currentUrl: () => address,
    replaceUrl: (url) => {
      address = new URL(url, address).href
    },
    storage,
    ...options,
  })
}

/** Runs the silent round trip to the hosted login and returns the client of the page after it. */
async function signedInClient(): Promise<GatehouseClient> {
  await client().start()
  address = server.authorize(navigations[0])
  return client()
}

function Profile() {
  const user = useUser()
  const organization = useOrganization()
  const token = useAccessToken()
  const canWrite = useHasPermission('invoices.write')
  const canDelete = useHasPermission('invoices.delete')
  const { signOut } = useGatehouse()
  return (
    <div>
      <p>email: {user?.email}</p>
      <p>organization: {organization?.name}</p>
      <p>token: {token ? 'present' : 'absent'}</p>
      <p>write: {String(canWrite)}</p>
      <p>delete: {String(canDelete)}</p>
      <button onClick={() => void signOut()}>Sign out</button>
    </div>
  )
}

/** Lets the provider finish establishing the session (callback exchange, verification). */
async function settle(session?: GatehouseClient) {
  await act(async () => {
    await session?.start()
    await vi.advanceTimersByTimeAsync(0)
  })
}

test('the fallback shows while loading, then the signed-in content with the hooks’ values', async () => {
  const session = await signedInClient()
  render(
    <GatehouseProvider publishableKey={PUBLISHABLE_KEY} client={session} fallback={<p>loading…</p>}>
      <SignedIn>
        <Profile />
      </SignedIn>
      <SignedOut>
        <p>signed out</p>
      </SignedOut>
    </GatehouseProvider>,
  )
  expect(screen.getByText('loading…')).toBeTruthy()
  await settle(session)
  expect(screen.getByText('email: demo@acme.test')).toBeTruthy()
  expect(screen.getByText('organization: Acme Inc.')).toBeTruthy()
  expect(screen.getByText('token: present')).toBeTruthy()
  expect(screen.getByText('write: true')).toBeTruthy()
  expect(screen.getByText('delete: false')).toBeTruthy()
  expect(screen.queryByText('signed out')).toBeNull()
})

test('a refresh re-renders with the new token, without leaving the page', async () => {
  const session = await signedInClient()
  const seen: string[] = []
  function Token() {
    const token = useAccessToken()
    if (token !== null && !seen.includes(token)) seen.push(token)
    return <p>{token === null ? 'none' : 'token'}</p>
  }
  render(
    <GatehouseProvider publishableKey={PUBLISHABLE_KEY} client={session}>
      <Token />
    </GatehouseProvider>,
  )
  await settle(session)
  await act(async () => {
    await vi.advanceTimersByTimeAsync(46_000)
    await vi.waitFor(() => expect(seen).toHaveLength(2), { timeout: 5_000, interval: 10 })
  })
  expect(navigations).toHaveLength(1)
})

test('signed out without requireAuth: <SignedOut> renders and nothing redirects', async () => {
  const session = client({ silentSignIn: false })
  render(
    <GatehouseProvider publishableKey={PUBLISHABLE_KEY} client={session} fallback={<p>loading…</p>}>
      <SignedIn>
        <p>secret</p>
      </SignedIn>
      <SignedOut>
        <p>please sign in</p>
      </SignedOut>
    </GatehouseProvider>,
  )
  await settle(session)
  expect(screen.getByText('please sign in')).toBeTruthy()
  expect(screen.queryByText('secret')).toBeNull()
  expect(navigations).toHaveLength(0)
})

test('requireAuth sends signed-out visitors to the hosted login and never renders children', async () => {
  const session = client({ silentSignIn: false })
  render(
    <GatehouseProvider publishableKey={PUBLISHABLE_KEY} client={session} requireAuth fallback={<p>loading…</p>}>
      <p>secret</p>
    </GatehouseProvider>,
  )
  await settle(session)
  await act(async () => {
    await vi.waitFor(() => expect(navigations).toHaveLength(1), { timeout: 5_000, interval: 10 })
  })
  expect(screen.queryByText('secret')).toBeNull()
  expect(screen.getByText('loading…')).toBeTruthy()
  const authorize = new URL(navigations[0])
  expect(authorize.pathname.endsWith('/oauth/authorize')).toBe(true)
  expect(authorize.searchParams.has('prompt')).toBe(false)
})

test('signing out from a component leaves through the logout endpoint, and only there', async () => {
  const session = await signedInClient()
  render(
    // requireAuth must not start a sign-in while the logout navigation is under way.
    <GatehouseProvider publishableKey={PUBLISHABLE_KEY} client={session} requireAuth>
      <SignedIn>
        <Profile />
      </SignedIn>
    </GatehouseProvider>,
  )
  await settle(session)
  await act(async () => {
    screen.getByText('Sign out').click()
    await vi.waitFor(() => expect(navigations).toHaveLength(2), { timeout: 5_000, interval: 10 })
  })
  expect(server.revoked).toHaveLength(1)
  await act(async () => {
    await vi.advanceTimersByTimeAsync(1_000)
  })
  expect(navigations).toHaveLength(2)
  expect(new URL(navigations[1]).pathname.endsWith('/oauth/logout')).toBe(true)
  expect(screen.queryByText(/email:/)).toBeNull()
})

test('hooks outside the provider fail loudly', () => {
  function Orphan() {
    useUser()
    return null
  }
  vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(() => render(<Orphan />)).toThrow(/inside <GatehouseProvider>/)
})
