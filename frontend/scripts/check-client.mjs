// Fails when src/client/schema.d.ts is not what openapi-typescript makes of ../openapi.yaml.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "pm-client-"));
const fresh = join(dir, "schema.d.ts");
try {
  execFileSync("npx", ["openapi-typescript", "../openapi.yaml", "-o", fresh], { stdio: "ignore" });
  const committed = readFileSync("src/client/schema.d.ts", "utf8");
  if (readFileSync(fresh, "utf8") !== committed) {
    console.error("src/client/schema.d.ts is stale: run `make frontend-client` and commit it.");
    process.exit(1);
  }
  console.log("src/client/schema.d.ts matches openapi.yaml");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
