import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  build: {
    sourcemap: false,
    rolldownOptions: {
      // redirect.html is MSAL v5's bridge page for popup and silent-iframe flows.
      input: { main: "index.html", redirect: "redirect.html" },
    },
  },
});
