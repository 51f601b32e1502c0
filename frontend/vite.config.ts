import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

/** Writes `file.br` and `file.gz` beside each compressible output file (when smaller), which
 * the API serves as they are (api/spa.py): no compression work per request. */
function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "peermentor-precompress",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path) : [path];
        });
      for (const file of walk(outDir).filter((f) => COMPRESSIBLE.test(f))) {
        const raw = readFileSync(file);
        const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
        const gz = gzipSync(raw, { level: 9 });
        if (br.length < raw.length) writeFileSync(`${file}.br`, br);
        if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
      }
    },
  };
}

// `npm run dev` serves on :5173 and calls the API at VITE_API_URL (default: same origin).
export default defineConfig({
  plugins: [react(), precompress()],
  server: { port: 5173, strictPort: true },
  build: { outDir: "dist", sourcemap: false, chunkSizeWarningLimit: 800 },
});
