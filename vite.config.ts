// Vite: serves and builds the explorer; vitest shares this file.
import { defineConfig } from "vitest/config";

export default defineConfig({
  base: "./",
  publicDir: "public",
  server: { port: 5173, host: "127.0.0.1" },
  preview: { port: 4173, host: "127.0.0.1" },
  worker: { format: "es" },
  build: { target: "es2022", sourcemap: true },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
