// A server component: `auth()` verifies the request's access-token cookie again (the middleware
// only gates) and gives the caller; the page shows who is signed in and what they may do.
import { auth } from '@gatehouse/nextjs'
import { redirect } from 'next/navigation'

export default async function Dashboard() {
  const me = await auth()
  if (me === null) redirect('/signin?return_to=/dashboard')
  return (
    <>
      <h1>Dashboard</h1>
      <dl>
        <dt>Email</dt>
        <dd data-testid="email">{me.claims?.user?.email ?? ''}</dd>
        <dt>Organization</dt>
        <dd data-testid="organization">{me.claims?.org.name ?? me.organizationId}</dd>
        <dt>Roles</dt>
        <dd data-testid="roles">{me.roles.join(', ')}</dd>
        <dt>May read reports</dt>
        <dd data-testid="reports">{me.hasPermission('reports.read') ? 'yes' : 'no'}</dd>
      </dl>
    </>
  )
}
