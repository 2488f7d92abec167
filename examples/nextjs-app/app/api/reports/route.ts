// Reports need the `reports.read` permission: 403 `forbidden` without it. Scoped to the
// caller's organization, the only tenant whose data it may see.
import { requirePermission, withAuth } from '@gatehouse/nextjs'

export const GET = withAuth(async (request) => {
  const me = await requirePermission('reports.read', request)
  return Response.json({ organizationId: me.organizationId, reports: [] })
})
