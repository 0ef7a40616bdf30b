import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webDir = fileURLToPath(new URL('.', import.meta.url));
const dkfdsDist = fileURLToPath(new URL('../node_modules/dkfds/dist', import.meta.url));

export default defineConfig({
  root: webDir,
  base: '/',
  plugins: [react()],
  resolve: {
    // dkfds only exports its JS entry; the CSS, fonts and icon sprite are
    // reached through this alias instead.
    alias: { 'dkfds-dist': dkfdsDist },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // The production CSP forbids inline scripts; keep everything in files.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
