// Lint configuration: typescript-eslint recommended rules, zero warnings allowed (npm test).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "bench/out/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        window: "readonly",
        document: "readonly",
        self: "readonly",
        URL: "readonly",
        performance: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        requestAnimationFrame: "readonly",
        cancelAnimationFrame: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Render file strings as text (textContent)." },
        { property: "outerHTML", message: "Render file strings as text (textContent)." },
      ],
    },
  },
  // The architecture's one-way layers, enforced (ARCHITECTURE.md in the README).
  {
    files: [
      "src/model/**",
      "src/parse/**",
      "src/graph/**",
      "src/metrics/**",
      "src/pipeline/**",
      "src/layout/**",
      "src/scene/**",
      "src/analysis/**",
      "src/cli/**",
    ],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "document", message: "Only src/view touches the DOM." },
        { name: "window", message: "Only src/view touches the DOM." },
      ],
    },
  },
  {
    files: ["src/cli/**", "src/analysis/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/view/**", "**/worker/**"],
              message: "The CLI never imports view/ or worker/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/parse/**", "src/model/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["graphology*", "d3*", "**/graph/**", "**/view/**"],
              message: "Parsers are pure text → Corpus.",
            },
          ],
        },
      ],
    },
  },
);
