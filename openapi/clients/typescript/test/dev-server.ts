/**
 * Starts a throwaway `gatehouse dev` (fresh data directory, free port) for the smoke test,
 * the same way the server's interoperability tests do. The binary comes from GATEHOUSE_BIN,
 * else `$CARGO_TARGET_DIR/debug/gatehouse`, else the repository's `target/debug/gatehouse`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The contents of `dev.json` written by `gatehouse dev`. */
export interface DevProject {
  api_url: string;
  issuer: string;
  project_id: string;
  publishable_key: string;
  secret_key: string;
  demo_organization_id: string;
  demo_user_email: string;
  demo_user_password: string;
}

export interface DevServer {
  project: DevProject;
  /** `http://127.0.0.1:<port>`. */
  baseUrl: string;
  stop(): Promise<void>;
}

const repositoryRoot = resolve(fileURLToPath(import.meta.url), "../../../../../..");

function gatehouseBinary(): string {
  const explicit = process.env.GATEHOUSE_BIN;
  if (explicit) {
    return explicit;
  }
  const target = process.env.CARGO_TARGET_DIR ?? join(repositoryRoot, "target");
  return join(target, "debug", "gatehouse");
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address === null || typeof address === "string") {
          reject(new Error("no TCP address"));
        } else {
          resolvePort(address.port);
        }
      });
    });
  });
}

async function waitUntilHealthy(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`gatehouse dev exited with ${child.exitCode}`);
    }
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
  throw new Error("gatehouse dev did not come up within 30 s");
}

export async function startDevServer(): Promise<DevServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "gatehouse-ts-"));
  const port = await freePort();
  const child = spawn(
    gatehouseBinary(),
    ["dev", "--data-dir", dataDir, "--port", String(port)],
    { stdio: "ignore" },
  );
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(baseUrl, child);
  } catch (error) {
    await stop();
    throw error;
  }
  const project = JSON.parse(readFileSync(join(dataDir, "dev.json"), "utf8")) as DevProject;
  return { project, baseUrl, stop };
}
