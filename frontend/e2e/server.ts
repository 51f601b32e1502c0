// A live API for the end-to-end tests: a fresh SQLite database, migrated, serving the built SPA
// from the same origin. The global set-up starts the shared one; a test may start its own with
// other settings (e.g. company sign-on configured).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const frontend = resolve(here, "..");
const repo = resolve(frontend, "..");
const cli = join(repo, ".venv", "bin", "peermentor");

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

async function waitUntilReady(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000; // generous: the machine may be busy
  let last = "not listening";
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`the API exited (${server.exitCode ?? server.signalCode})`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the API did not become ready in 60 s (/readyz: ${last})`);
}

export interface ApiServer {
  baseUrl: string;
  /** Runs a `peermentor` command against this server's database. */
  run(args: string[]): void;
  stop(): Promise<void>;
}

/** Migrates a fresh database and serves the API (with `settings` as extra environment). */
export async function startApi(settings: Record<string, string> = {}): Promise<ApiServer> {
  if (!existsSync(join(frontend, "dist", "index.html"))) {
    throw new Error("frontend/dist is missing: run `npm run build` before the end-to-end tests");
  }
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`make install\` first`);
  const dataDir = mkdtempSync(join(tmpdir(), "peermentor-e2e-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite:///${join(dataDir, "e2e.db")}`,
    PEERMENTOR_DATA_DIR: dataDir,
    PEERMENTOR_ENV: "development",
    PEERMENTOR_SECRET_KEY: randomBytes(36).toString("base64url"), // 48 characters
    PEERMENTOR_SPA_DIR: join(frontend, "dist"),
    PEERMENTOR_ARGON2_TIME_COST: "1",
    PEERMENTOR_ARGON2_MEMORY_COST: "8192",
    PEERMENTOR_LOG_LEVEL: "warning",
    ...settings,
  };
  const run = (args: string[]) => {
    const result = spawnSync(cli, args, { env, cwd: repo, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`peermentor ${args[0]} failed: ${result.stderr}`);
  };
  run(["migrate"]);
  const server = spawn(cli, ["serve", "--host", "127.0.0.1", "--port", String(port)], { env, cwd: repo, stdio: ["ignore", "inherit", "inherit"] });
  let stopping = false;
  server.on("exit", (code, signal) => {
    // Said out loud: the tests that follow would only see refused connections.
    if (!stopping) console.error(`[e2e] the API on ${baseUrl} exited unexpectedly (${code ?? signal})`);
  });
  try {
    await waitUntilReady(baseUrl, server);
  } catch (e) {
    stopping = true;
    server.kill("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  return {
    baseUrl,
    run,
    async stop() {
      stopping = true;
      if (server.exitCode === null && server.signalCode === null) {
        server.kill("SIGTERM");
        await new Promise((r) => server.once("exit", r));
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
