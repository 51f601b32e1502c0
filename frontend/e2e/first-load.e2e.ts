// The first screen on a cold browser (empty cache): the sign-in page of the served build. Checks
// that assets come compressed and long-cached and that no screen's chunk is fetched before it
// is visited, and prints the cold timings (the figures in frontend/README.md).
// FIRST_LOAD_SPA_DIR=/path/to/dist measures another build (e.g. an older one) the same way.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startApi, type ApiServer } from "./server";
import { launch } from "./support";

const RUNS = 7;
// On localhost the bytes cost nothing; a throttled line (Chromium's own network emulation, on
// the bytes as sent) shows what compression and splitting save.
const LINES = [
  { name: "localhost", conditions: null },
  { name: "10 Mbit/s, 40 ms RTT", conditions: { offline: false, latency: 40, downloadThroughput: 1_250_000, uploadThroughput: 625_000 } },
] as const;
const other = process.env.FIRST_LOAD_SPA_DIR || undefined;
let server: ApiServer;
let browser: Browser;

beforeAll(async () => {
  server = await startApi(other ? { PEERMENTOR_SPA_DIR: other } : {});
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

describe("the first screen, cold", () => {
  it("loads compressed, long-cached and split by screen", async () => {
    let headers: { url: string; encoding?: string; cache?: string; vary?: string }[] = [];
    for (const line of LINES) {
      const runs: { ttfb: number; dcl: number; shown: number; transfer: number; decoded: number; files: number }[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        // A new context each time: no HTTP cache, no service worker, nothing remembered.
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        if (line.conditions) {
          const cdp = await context.newCDPSession(page);
          await cdp.send("Network.enable");
          await cdp.send("Network.emulateNetworkConditions", { ...line.conditions });
        }
        const seen: typeof headers = [];
        page.on("response", (response) => {
          const h = response.headers();
          seen.push({ url: new URL(response.url()).pathname, encoding: h["content-encoding"], cache: h["cache-control"], vary: h["vary"] });
        });
        await page.goto(`${server.baseUrl}/login`);
        await page.getByTestId("login-email").waitFor();
        const timing = await page.evaluate(() => {
          const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
          const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
          const own = resources.filter((r) => new URL(r.name).origin === location.origin && !r.name.includes("/api/"));
          return {
            ttfb: nav.responseStart,
            dcl: nav.domContentLoadedEventEnd,
            shown: performance.now(),
            transfer: nav.transferSize + own.reduce((sum, r) => sum + r.transferSize, 0),
            decoded: nav.decodedBodySize + own.reduce((sum, r) => sum + r.decodedBodySize, 0),
            files: own.length + 1,
          };
        });
        runs.push(timing);
        headers = seen;
        await context.close();
      }
      const figure = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key]));
      console.log(
        `[first load] ${other ?? "this build"}, ${line.name}: ${RUNS} cold loads of /login, median: first byte ${figure("ttfb").toFixed(0)} ms, ` +
          `DOMContentLoaded ${figure("dcl").toFixed(0)} ms, sign-in form shown ${figure("shown").toFixed(0)} ms; ` +
          `${figure("files")} files, ${(figure("transfer") / 1024).toFixed(1)} kB transferred (${(figure("decoded") / 1024).toFixed(1)} kB decoded)`,
      );
    }
    console.log(`[first load] files: ${headers.map((h) => `${h.url} (${h.encoding ?? "identity"})`).join(", ")}`);
    if (other) return; // another build: figures only
    const scripts = headers.filter((h) => h.url.startsWith("/assets/") && h.url.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.encoding, script.url).toBe("br");
      expect(script.cache, script.url).toBe("public, max-age=31536000, immutable");
      expect(script.vary, script.url).toBe("Accept-Encoding");
    }
    // Only what the sign-in screen needs: no screen of the signed-in app.
    expect(scripts.filter((s) => /Page-/.test(s.url) && !/LoginPage/.test(s.url)).map((s) => s.url)).toEqual([]);
    const index = headers.find((h) => h.url === "/login");
    expect(index?.cache).toBe("no-cache");
  });
});
