// Serves bindings-wasm/ with Vite's dev server (so the page loads @gatehouse/wasm the way a
// bundled app does) and opens one of its pages in Debian's headless Chromium through
// playwright-core; never a downloaded browser. Shared by the browser vector test and the
// benchmark.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { chromium } from 'playwright-core'
import { createServer } from 'vite'

const PACKAGE = fileURLToPath(new URL('../..', import.meta.url))

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Opens `path` (relative to bindings-wasm/) in Chromium and calls `use(page)`. */
export async function withPage(path, use) {
  const server = await createServer({
    root: PACKAGE,
    configFile: false,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0 },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  await server.listen()
  const profile = mkdtempSync(join(tmpdir(), 'gatehouse-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const errors = []
    page.on('pageerror', (error) => errors.push(error))
    const { port } = server.httpServer.address()
    await page.goto(`http://127.0.0.1:${port}/${path}`)
    await page.waitForFunction(() => window.gatehouseReady === true || window.gatehouseError, null, {
      timeout: 30_000,
    })
    const failure = await page.evaluate(() => window.gatehouseError ?? null)
    if (failure !== null || errors.length > 0) {
      throw new Error(`the page failed to load: ${failure ?? errors.map(String).join('; ')}`)
    }
    return await use(page, await context.browser()?.version())
  } finally {
    await context.close()
    await server.close()
    rmSync(profile, { recursive: true, force: true })
  }
}
