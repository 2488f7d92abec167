/**
 * Typed client for the Gatehouse backend API.
 *
 * `schema.ts` is generated from `openapi/openapi.json` by openapi-typescript (run
 * `scripts/generate-clients`, never edit it); calls go through openapi-fetch, so every path,
 * parameter, body and error answer is checked by the compiler against the document.
 */
import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { components, operations, paths } from "./schema.js";

export type { components, operations, paths };

/** The body of every error answer of the API. */
export type ErrorBody = components["schemas"]["ErrorBody"];
/** An organization (tenant) of the project. */
export type Organization = components["schemas"]["Organization"];
/** A user; each belongs to one organization. */
export type User = components["schemas"]["User"];

/** A client for every operation of the document. */
export type GatehouseClient = Client<paths>;

/** Options of {@link createGatehouseClient}. */
export interface GatehouseClientOptions extends ClientOptions {
  /** Origin of the Gatehouse server, for example `http://localhost:8080`. */
  baseUrl: string;
  /** A project secret key (`sk_test_...` or `sk_live_...`), sent as a bearer token. */
  secretKey?: string;
}

/**
 * Creates a client. With `secretKey`, every request carries `Authorization: Bearer <key>`,
 * which the backend API (`/v1/...`) requires.
 */
export function createGatehouseClient(options: GatehouseClientOptions): GatehouseClient {
  const { secretKey, ...clientOptions } = options;
  const client = createClient<paths>(clientOptions);
  if (secretKey !== undefined) {
    client.use({
      onRequest({ request }) {
        request.headers.set("Authorization", `Bearer ${secretKey}`);
        return request;
      },
    });
  }
  return client;
}
