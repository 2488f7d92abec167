// The example's dev server. `/api/*` is proxied to the Express example API (API_URL, default
// http://127.0.0.1:3000) so the browser calls its own origin: the API needs no CORS setup, and
// the access token travels only in the Authorization header the SDK's fetch helper adds.
import { fileURLToPath } from 'node:url'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  resolve: {
    // @gatehouse/react is linked from the repository (file:), next to its own dev copy of
    // React; one React instance must serve the app and the provider's hooks.
    dedupe: ['react', 'react-dom'],
  },
  optimizeDeps: {
    // The WebAssembly module is loaded relative to @gatehouse/wasm's own files.
    exclude: ['@gatehouse/wasm', '@gatehouse/react'],
  },
  server: {
    // The linked SDK packages (and the WebAssembly file) live outside this directory.
    fs: { allow: ['.', fileURLToPath(new URL('../../bindings-wasm', import.meta.url))] },
    proxy: {
      '/api': {
        target: process.env.API_URL ?? 'http://127.0.0.1:3000',
        rewrite: (path) => path.replace(/^\/api/, ''),
      },
    },
  },
})
