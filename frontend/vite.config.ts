/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { initialJsSize } from './build/initial-js-size.ts';

// The backend runs on 8080 in development; the SPA talks to it same-origin through this proxy,
// exactly as it does in production where Spring Boot serves both.
const backend = process.env.HAVEN_BACKEND_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), initialJsSize()],
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/actuator': { target: backend, changeOrigin: false },
    },
  },
  build: {
    // Spring Boot serves classpath:/META-INF/resources/ as static content, and Maven packages
    // target/classes into the frontend jar, so the SPA ships inside that jar.
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    // Form tests type into many fields; on a busy 2-core machine the 5 s default is too tight.
    testTimeout: 20_000,
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
