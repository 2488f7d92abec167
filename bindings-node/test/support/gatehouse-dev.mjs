// A real `gatehouse dev` server for tests, and helpers to call its backend API and sign in.
//
// The binary comes from GATEHOUSE_BIN (set by scripts/test), else from the cargo target
// directory (CARGO_TARGET_DIR or the repository's target/). Each call gets a fresh data
// directory and the port the system picks (`--port 0 --ready-file`); stop() ends the server and removes the directory.
import { spawn, execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

export function gatehouseBinary() {
  if (process.env.GATEHOUSE_BIN) return process.env.GATEHOUSE_BIN
  const target = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target')
  return join(target, 'debug', 'gatehouse')
}

export async function startGatehouseDev() {
  const dataDir = mkdtempSync(join(tmpdir(), 'gatehouse-node-'))
  const readyFile = join(dataDir, 'ready.json')
  const child = spawn(
    gatehouseBinary(),
    ['dev', '--data-dir', dataDir, '--port', '0', '--ready-file', readyFile],
    { stdio: 'ignore' },
  )
  let exited = false
  child.on('exit', () => {
    exited = true
  })
  // `dev --ready-file` writes the file (base URL, dev.json path) once it listens.
  const deadline = Date.now() + 60_000
  while (!existsSync(readyFile)) {
    if (exited || Date.now() > deadline) {
      child.kill()
      rmSync(dataDir, { recursive: true, force: true })
      throw new Error(`gatehouse dev (${gatehouseBinary()}) did not come up`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const ready = JSON.parse(readFileSync(readyFile, 'utf8'))
  const dev = JSON.parse(readFileSync(ready.dev_json, 'utf8'))
  return {
    dev,
    dataDir,
    backend: new Backend(dev),
    async stop() {
      if (!exited) {
        const gone = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await gone
      }
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The backend API of a dev server, authenticated with its secret key. */
export class Backend {
  constructor(dev) {
    this.dev = dev
  }

  async request(method, path, body) {
    return fetch(`${this.dev.api_url}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${this.dev.secret_key}`,
        'Content-Type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  }

  async create(path, body) {
    const response = await this.request('POST', path, body)
    const text = await response.text()
    if (response.status !== 200 && response.status !== 201) {
      throw new Error(`POST ${path} answered ${response.status}: ${text}`)
    }
    return JSON.parse(text)
  }

  async login(organization, email, password) {
    const response = await fetch(`${this.dev.issuer}/v1/login/password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ organization, email, password }),
    })
    const text = await response.text()
    if (response.status !== 200) throw new Error(`login answered ${response.status}: ${text}`)
    return JSON.parse(text)
  }

  async demoToken() {
    const { dev } = this
    return (await this.login('acme', dev.demo_user_email, dev.demo_user_password)).access_token
  }
}

/** Another project on the same server (`gatehouse project create`), with its keys. */
export async function createProject(dev, dataDir, name) {
  const { stdout } = await promisify(execFile)(
    gatehouseBinary(),
    [
      'project', 'create', '--name', name, '--environment', 'test',
      '--public-url', dev.api_url, '--data-dir', dataDir,
    ],
    { timeout: 60_000 },
  )
  return JSON.parse(stdout)
}
