import { relative } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';

const repoRoot = new URL('..', import.meta.url).pathname;

/**
 * Records every source file the bundle was made from (outside node_modules), so a start can tell
 * exactly whether the build is older than its sources (scripts/build-liff-freshness.ts).
 */
function recordInputs(): Plugin {
  return {
    name: 'clinic-center:record-inputs',
    generateBundle() {
      const inputs = [...this.getModuleIds()]
        .filter((id) => id.startsWith('/') && !id.includes('/node_modules/'))
        .map((id) => relative(repoRoot, id.split('?')[0] ?? id))
        .sort();
      this.emitFile({ type: 'asset', fileName: '.vite/inputs.json', source: JSON.stringify([...new Set(inputs)], null, 1) });
    },
  };
}

/**
 * The LIFF app, served by the bot at /liff/. The manifest lets scripts/build-liff.ts report each
 * page's initial JavaScript; page chunks come from the lazy routes in src/routes.ts.
 */
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: '/liff/',
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false }), recordInputs()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    // Fonts stay files: inlined, they would be downloaded again with every script change.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
});
