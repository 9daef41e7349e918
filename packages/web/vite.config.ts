import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The SPA the server serves at `/`; in development `vite` proxies /api to a running server. */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      // zod's comments about esbuild's pure annotations confuse Rollup; they are harmless noise.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
