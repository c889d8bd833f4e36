import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Two pages, bundled with everything they load (no CDN): the explorer (index.html, Preact) and
 * the GraphQL IDE (graphiql.html, GraphiQL on React). The server serves dist/web from memory
 * (src/api/explorer.ts). Cytoscape and Chart.js are split into chunks loaded on the pages that
 * draw a graph or a chart, so the search page's first paint does not wait for them.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: resolve(import.meta.dirname, '../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: true,
    rollupOptions: {
      // GraphiQL's React libraries mark modules "use client" (for React Server Components),
      // which means nothing in a plain browser bundle: one warning per module, all noise.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        explorer: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
    },
  },
});
