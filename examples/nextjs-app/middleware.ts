// Runs in the Edge runtime before the matched routes: a page request without a valid access-token
// cookie is sent to /signin, an API request is answered 401 with the contract's JSON body. The
// publishable key comes from GATEHOUSE_PUBLISHABLE_KEY at run time. /api/reports is left out on
// purpose: its route handler guards itself with requirePermission (the Node.js runtime).
import { gatehouseMiddleware } from '@gatehouse/nextjs/middleware'

export default gatehouseMiddleware({ signInUrl: '/signin' })

export const config = {
  matcher: ['/dashboard/:path*', '/api/me'],
}
