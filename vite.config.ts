import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in apps/web; the server serves apps/web/dist in production and the dev
// server proxies the API and the sync socket to it.
export default defineConfig({
  root: 'apps/web',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      // Keep the Host header: the server builds workshop links from it, and they should point
      // at this dev server, not at :8080.
      '/api': { target: 'http://localhost:8080', changeOrigin: false },
      '/sync': { target: 'ws://localhost:8080', ws: true },
      '/healthz': 'http://localhost:8080',
    },
  },
});
