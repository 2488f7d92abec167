// The ESM entry point of the Express integration (the same objects as express.cjs).
import express from './express.cjs'

export const { authErrorHandler, requireAuth, requirePermission } = express
