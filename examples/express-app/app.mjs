// An invoices API for a B2B product: every invoice belongs to an organization (tenant), and a
// caller only ever sees its own organization's invoices. Gatehouse decides who the caller is
// (a signed-in user's access token, or an organization API key) and what it may do.
import express from 'express'

import { Gatehouse } from '@gatehouse/node'
import { authErrorHandler, requireAuth, requirePermission } from '@gatehouse/node/express'

/**
 * The app. `options` are those of `new Gatehouse(...)`; invoices live in memory, which is
 * enough to show the scoping (a real app keeps them in its database, keyed the same way).
 */
export function createApp(options) {
  const gatehouse = new Gatehouse(options)
  const invoicesByOrganization = new Map()
  let nextNumber = 1

  const app = express()
  app.use(express.json())

  app.get('/healthz', (req, res) => res.json({ ok: true }))

  // Everything below needs a valid credential.
  app.use(requireAuth({ gatehouse }))

  app.get('/me', (req, res) => {
    const { kind, organizationId, userId, roles, actions, claims } = req.auth
    res.json({ kind, organizationId, userId, email: claims?.user?.email ?? null, roles, actions })
  })

  app.get('/invoices', (req, res) => {
    res.json({ data: invoicesByOrganization.get(req.auth.organizationId) ?? [] })
  })

  app.post('/invoices', requirePermission('invoices.write'), (req, res) => {
    const { customer, amountCents } = req.body ?? {}
    if (typeof customer !== 'string' || customer === '' || !Number.isSafeInteger(amountCents) || amountCents <= 0) {
      return res.status(400).json({
        error: 'invalid_request',
        code: 'invalid_invoice',
        message: 'customer (non-empty string) and amountCents (positive integer) are required',
      })
    }
    const invoice = {
      id: `inv_${nextNumber++}`,
      customer,
      amountCents,
      createdBy: req.auth.userId ?? req.auth.apiKeyId,
    }
    const invoices = invoicesByOrganization.get(req.auth.organizationId) ?? []
    invoices.push(invoice)
    invoicesByOrganization.set(req.auth.organizationId, invoices)
    res.status(201).json(invoice)
  })

  app.get('/invoices/:id', (req, res) => {
    // Looking only inside the caller's organization makes another tenant's invoice a 404,
    // exactly like one that does not exist.
    const invoices = invoicesByOrganization.get(req.auth.organizationId) ?? []
    const invoice = invoices.find((candidate) => candidate.id === req.params.id)
    if (!invoice) {
      return res.status(404).json({ error: 'not_found', code: 'not_found', message: 'no such invoice' })
    }
    res.json(invoice)
  })

  app.use(authErrorHandler())
  return app
}
