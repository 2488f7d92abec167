// The ESM entry point: the same objects as the CommonJS one, so `instanceof AuthError` holds
// whichever way an application (or its dependencies) loads the package. Node finds the names
// in index.cjs's `module.exports = { ... }`.
export * from './index.cjs'
