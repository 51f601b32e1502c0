import { defineConfig } from "vitest/config";

// End-to-end: a live API (started by e2e/global-setup.ts) serving the built SPA, driven by
// Debian's Chromium through playwright-core. One file after the other: they share the server.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ["default"],
  },
});
