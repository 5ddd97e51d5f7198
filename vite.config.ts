import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { byteBudgets } from "./build/byteBudgetPlugin.ts";
import { precompress } from "./build/precompressPlugin.ts";

export default defineConfig({
  plugins: [react(), byteBudgets(), precompress()],
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
  // Every dependency pre-bundled at start: a dependency found later (a lazy page) would make the
  // dev server reload the page in the middle of an e2e journey.
  optimizeDeps: { entries: ["index.html", "redirect.html", "src/pages/**/*.tsx"] },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  build: {
    sourcemap: false,
    // Every browser this app supports preloads modules itself: the polyfill is a wasted request.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // redirect.html is MSAL v5's bridge page for popup and silent-iframe flows.
      input: { main: "index.html", redirect: "redirect.html" },
      output: {
        // Left to itself, rolldown puts its small runtime into whichever chunk first needs it
        // (it chose MSAL's), and the entry then imports that chunk before the first paint.
        codeSplitting: {
          groups: [{ name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
});
