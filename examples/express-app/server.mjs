// Runs the example: GATEHOUSE_PUBLISHABLE_KEY (required), GATEHOUSE_SECRET_KEY (to accept
// organization API keys), PORT (default 3000).
import { createApp } from './app.mjs'

const publishableKey = process.env.GATEHOUSE_PUBLISHABLE_KEY
if (!publishableKey) {
  console.error('set GATEHOUSE_PUBLISHABLE_KEY (see .gatehouse/dev.json after `gatehouse dev`)')
  process.exit(1)
}
const port = Number(process.env.PORT ?? 3000)
const server = createApp({ publishableKey, secretKey: process.env.GATEHOUSE_SECRET_KEY }).listen(
  port,
  () => console.log(`invoices API on http://localhost:${port}`),
)
process.on('SIGTERM', () => server.close())
process.on('SIGINT', () => server.close())
