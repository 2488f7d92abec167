// Acme invoices: a React app whose users sign in with Gatehouse's hosted login. Every page but
// /signed-out requires a session; the dashboard shows who is signed in, in which organization,
// and calls the Express example API (proxied at /api) with the access token.
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  GatehouseProvider,
  useGatehouse,
  useHasPermission,
  useOrganization,
  useUser,
} from '@gatehouse/react'

const publishableKey = import.meta.env.VITE_GATEHOUSE_PUBLISHABLE_KEY
const signedOutPath = '/signed-out'

export function App() {
  if (!publishableKey) {
    return <p>Set VITE_GATEHOUSE_PUBLISHABLE_KEY (see .gatehouse/dev.json after `gatehouse dev`).</p>
  }
  const onSignedOutPage = window.location.pathname === signedOutPath
  return (
    <GatehouseProvider
      publishableKey={publishableKey}
      requireAuth={!onSignedOutPage}
      // The page after signing out shows just that, without asking the hosted login again.
      silentSignIn={false}
      postLogoutRedirectUri={`${window.location.origin}${signedOutPath}`}
      fallback={<p className="loading">Loading…</p>}
    >
      {onSignedOutPage ? <SignedOutPage /> : <Dashboard />}
    </GatehouseProvider>
  )
}

function SignedOutPage() {
  const { isSignedIn, signIn } = useGatehouse()
  return (
    <main>
      <h1>Acme invoices</h1>
      <p data-testid="session">{isSignedIn ? 'Signed in' : 'You are signed out.'}</p>
      <button onClick={() => void signIn({ returnTo: '/' })}>Sign in</button>
    </main>
  )
}

interface Me {
  email: string | null
  organizationId: string
  roles: string[]
}

type ApiResult = { state: 'idle' } | { state: 'ok'; me: Me; call: number } | { state: 'error'; message: string }

function Dashboard() {
  const user = useUser()
  const organization = useOrganization()
  const canWriteInvoices = useHasPermission('invoices.write')
  const { claims, fetch, signOut, error } = useGatehouse()
  const [api, setApi] = useState<ApiResult>({ state: 'idle' })
  const calls = useRef(0)

  const callApi = useCallback(async () => {
    try {
      const response = await fetch('/api/me', { headers: { Accept: 'application/json' } })
      if (!response.ok) {
        const body = await response.json().catch(() => ({}))
        setApi({ state: 'error', message: `${response.status} ${body.code ?? ''}`.trim() })
        return
      }
      calls.current += 1
      setApi({ state: 'ok', me: await response.json(), call: calls.current })
    } catch (failure) {
      setApi({ state: 'error', message: String(failure) })
    }
  }, [fetch])

  useEffect(() => {
    void callApi()
  }, [callApi])

  if (user === null || organization === null || claims === null) return null
  return (
    <main>
      <h1>Acme invoices</h1>
      <dl>
        <dt>Signed in as</dt>
        <dd data-testid="email">{user.email}</dd>
        <dt>Organization</dt>
        <dd data-testid="organization">{organization.name}</dd>
        <dt>Roles</dt>
        <dd>{(claims.roles ?? []).join(', ') || 'none'}</dd>
        <dt>May create invoices</dt>
        <dd>{canWriteInvoices ? 'yes' : 'no'}</dd>
        <dt>Access token</dt>
        <dd>
          <code data-testid="token-id">{claims.jti}</code>, valid until{' '}
          <time data-testid="token-expiry" dateTime={new Date(claims.exp * 1000).toISOString()}>
            {new Date(claims.exp * 1000).toLocaleTimeString()}
          </time>
        </dd>
      </dl>
      <section>
        <h2>API</h2>
        <p data-testid="api-result">
          {api.state === 'idle' && 'Calling GET /me…'}
          {api.state === 'ok' && `GET /me answered 200 (call ${api.call}): ${api.me.email} in ${api.me.organizationId}`}
          {api.state === 'error' && `GET /me failed: ${api.message}`}
        </p>
        <button onClick={() => void callApi()}>Call the API again</button>
      </section>
      {error && <p role="alert">Session problem: {error.message}</p>}
      <button onClick={() => void signOut()}>Sign out</button>
    </main>
  )
}
