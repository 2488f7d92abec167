/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The project's publishable key (`pk_test_...`), from `.gatehouse/dev.json`. */
  readonly VITE_GATEHOUSE_PUBLISHABLE_KEY?: string
}
