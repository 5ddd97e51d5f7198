import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
  // Every dependency pre-bundled at start: a dependency found later (a lazy page) would make the
  // dev server reload the page in the middle of an e2e journey.
  optimizeDeps: { entries: ["index.html", "redirect.html", "src/pages/**/*.tsx"] },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  build: {
    sourcemap: false,
    rolldownOptions: {
      // redirect.html is MSAL v5's bridge page for popup and silent-iframe flows.
      input: { main: "index.html", redirect: "redirect.html" },
    },
  },
});
