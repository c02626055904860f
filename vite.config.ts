import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { ChunkingContext } from 'rolldown';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { onDemandOnly } from './apps/web/vite/onDemandOnly.ts';
import { noReactInBuild, reactOnPreact } from './apps/web/vite/preactCompat.ts';
import { precompress } from './apps/web/vite/precompress.ts';
import { preloadPage } from './apps/web/vite/preloadPage.ts';
import { pwaAssets } from './apps/web/vite/pwaAssets.ts';

/**
 * Never answered from the app shell nor cached: the API (tokens, workshop data, exports), the
 * sync socket, health and metrics. They go to the network or fail, as they would without a
 * service worker.
 */
const SERVER_PATHS = [/^\/api\//, /^\/sync\//, /^\/healthz/, /^\/metrics/];

const ON_DEMAND_WORDS = /i18n\/(print\/.*|(.*\/)?(sv|en)(Dictionary)?\.ts)$/;

const FIRST_LOAD_ROOTS = ['apps/web/src/main.tsx', 'apps/web/src/workshop/WorkshopPage.tsx'].map((file) =>
  resolve(import.meta.dirname, file),
);
let firstLoadModules: Set<string> | null = null;
/** The modules a workshop page's first load imports statically: the entry's and the page's. */
function firstLoad(context: ChunkingContext): Set<string> {
  if (firstLoadModules) return firstLoadModules;
  const seen = new Set<string>();
  const next = [...FIRST_LOAD_ROOTS];
  for (let id = next.pop(); id !== undefined; id = next.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    next.push(...(context.getModuleInfo(id)?.importedIds ?? []));
  }
  if (seen.size < 100) throw new Error("vite.config: the first load's modules were not found");
  firstLoadModules = seen;
  return seen;
}

const printRenderer = onDemandOnly(/\/packages\/print\/src\/index\.ts$/);

// The web app lives in apps/web; the server serves apps/web/dist in production and the dev
// server proxies the API and the sync socket to it.
export default defineConfig({
  root: 'apps/web',
  resolve: { alias: reactOnPreact },
  plugins: [
    react(),
    noReactInBuild(),
    pwaAssets(),
    // Nearly every open is a workshop page, most on a phone: its chunk comes with the entry's.
    preloadPage(/\/src\/workshop\/WorkshopPage\.tsx$/),
    // The hashed assets at brotli's best, once, for the server to send as they are.
    precompress(),
    printRenderer.plugin,
    // The service worker (Workbox, generated): precaches the app shell so a reload or the
    // workshop link opened again without a network starts from the device; the boards come
    // from the device's copy (y-indexeddb). A new version waits for the person to reload
    // (apps/web/src/pwa/serviceWorker.ts), never mid-edit. The PDF renderer is not in the
    // shell (onDemandOnly.ts): the runtime route keeps it, and the fonts, once used.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        manifestTransforms: [printRenderer.leaveOut],
        // The hyphenation patterns are large, and are part of the shell.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: SERVER_PATHS,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        // The build's other files (hashed, never changed) as they are first used.
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: {
              cacheName: 'avaa-on-demand',
              expiration: { maxEntries: 40, purgeOnQuotaError: true },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The app's small modules that several chunks share, in one chunk (with what they
              // import) rather than dozens of 1 kB files: the phone's network pays a round trip
              // per handful of files. Not the dictionaries loaded on demand (Swedish, English,
              // the print dialog's). Those a workshop page's first load needs in `shared`, the
              // others (shared by the later pages and panels only) in `shared-later`, so that
              // a phone's first load does not carry them.
              name: (id: string, context: ChunkingContext) =>
                id.includes('node_modules') || ON_DEMAND_WORDS.test(id)
                  ? null
                  : firstLoad(context).has(id)
                    ? 'shared'
                    : 'shared-later',
              minShareCount: 2,
              maxModuleSize: 6000,
            },
          ],
        },
      },
    },
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
