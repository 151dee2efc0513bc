import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@/': root,
      // `server-only` throws outside a React Server environment; in unit tests it is a no-op.
      'server-only': fileURLToPath(new URL('./lib/content/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'app/**/*.test.ts'],
    exclude: ['node_modules/**', '.next/**', 'out/**'],
    // A stall guard, not a speed check: on a slow 2-core machine (2 December) whole-catalog loops took
    // 5.9 s and CLI spawns 3.5 s, against vitest's default of 5 s.
    testTimeout: 30_000,
  },
});
