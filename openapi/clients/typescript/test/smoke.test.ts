/**
 * Smoke test of `@gatehouse/api` against a real `gatehouse dev`: creates an organization and
 * a user, pages through organizations, and reads typed error bodies (404, 401).
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createGatehouseClient, type GatehouseClient, type Organization } from "../src/index.js";
import { type DevServer, startDevServer } from "./dev-server.js";

let server: DevServer;
let client: GatehouseClient;

before(async () => {
  server = await startDevServer();
  client = createGatehouseClient({
    baseUrl: server.baseUrl,
    secretKey: server.project.secret_key,
  });
});

after(async () => {
  await server?.stop();
});

async function createOrganization(slug: string): Promise<Organization> {
  const { data, error, response } = await client.POST("/v1/organizations", {
    body: { name: `Org ${slug}`, slug, domains: [`${slug}.example`] },
  });
  assert.equal(response.status, 201, JSON.stringify(error));
  assert.ok(data);
  return data;
}

test("creates an organization and a user in it", async () => {
  const organization = await createOrganization("ts-smoke");
  assert.match(organization.id, /^org_/);
  assert.equal(organization.slug, "ts-smoke");
  assert.deepEqual(organization.domains, ["ts-smoke.example"]);

  const { data: user, response } = await client.POST("/v1/users", {
    body: { organization_id: organization.id, email: "Ada@TS-Smoke.example", name: "Ada" },
  });
  assert.equal(response.status, 201);
  assert.ok(user);
  assert.match(user.id, /^user_/);
  assert.equal(user.organization_id, organization.id);
  assert.equal(user.email, "ada@ts-smoke.example");
  assert.equal(user.has_password, false);

  const { data: found } = await client.GET("/v1/users", {
    params: { query: { organization_id: organization.id } },
  });
  assert.deepEqual(
    found?.data.map((each) => each.id),
    [user.id],
  );
});

test("lists organizations page by page", async () => {
  const created = [];
  for (const slug of ["ts-page-a", "ts-page-b", "ts-page-c"]) {
    created.push((await createOrganization(slug)).id);
  }
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages += 1) {
    const { data, error } = await client.GET("/v1/organizations", {
      params: { query: { limit: 2, starting_after: cursor } },
    });
    assert.ok(data, JSON.stringify(error));
    assert.ok(data.data.length <= 2);
    seen.push(...data.data.map((organization) => organization.id));
    if (data.next_cursor == null) {
      break;
    }
    cursor = data.next_cursor;
  }
  assert.equal(new Set(seen).size, seen.length, "no organization twice");
  assert.ok(seen.includes(server.project.demo_organization_id));
  for (const id of created) {
    assert.ok(seen.includes(id), `${id} listed`);
  }
  assert.deepEqual([...seen].sort(), seen, "ids are time-ordered, so pages come oldest first");
});

test("answers 404 with the typed error body", async () => {
  const { data, error, response } = await client.GET("/v1/organizations/{organization_id}", {
    params: { path: { organization_id: "org_00000000000000000000000000" } },
  });
  assert.equal(response.status, 404);
  assert.equal(data, undefined);
  assert.equal(error?.error, "not_found");
  assert.equal(error?.code, "not_found");
  assert.equal(typeof error?.message, "string");
});

test("answers 401 with the typed error body for a wrong secret key", async () => {
  const stranger = createGatehouseClient({ baseUrl: server.baseUrl, secretKey: "sk_test_wrong" });
  const { error, response } = await stranger.GET("/v1/organizations");
  assert.equal(response.status, 401);
  assert.equal(error?.error, "unauthorized");
  assert.equal(error?.code, "invalid_secret_key");
});
