// The ESM entry point of the Express integration (the same objects as express.cjs).
export * from './express.cjs'
