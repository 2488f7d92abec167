// Who the caller is, for any valid credential (bearer, or the cookie for this GET).
import { requireAuth, withAuth } from '@gatehouse/nextjs'

export const GET = withAuth(async (request) => {
  const me = await requireAuth(request)
  return Response.json({
    organizationId: me.organizationId,
    userId: me.userId,
    email: me.claims?.user?.email ?? null,
    roles: me.roles,
    actions: me.actions,
  })
})
