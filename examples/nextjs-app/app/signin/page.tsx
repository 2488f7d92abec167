// The sign-in form posts to /api/session, which signs in with Gatehouse's password API and sets
// the access-token cookie. `return_to` is where the middleware found the visitor.
export default async function SignIn({ searchParams }: { searchParams: Promise<{ return_to?: string; error?: string }> }) {
  const { return_to: returnTo = '/dashboard', error } = await searchParams
  return (
    <>
      <h1>Sign in</h1>
      {error ? <p role="alert">Sign-in failed ({error}).</p> : null}
      <form method="post" action="/api/session">
        <input type="hidden" name="return_to" value={returnTo} />
        <label>
          Organization <input name="organization" defaultValue="acme" required />
        </label>
        <label>
          Email <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          Password <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit">Sign in</button>
      </form>
    </>
  )
}
