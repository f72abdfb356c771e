import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// @acme/shared-utils is not published: point at the workspace copy (the dev image sets SHARED_UTILS_SRC).
const sharedUtils = process.env.SHARED_UTILS_SRC ?? new URL('../../../packages/shared-utils/src/index.js', import.meta.url).pathname;

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@acme/shared-utils': sharedUtils } },
  server: { host: '0.0.0.0', port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
