import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Vitest 5's reporter prints failures with Map.groupBy (Node 21+); on Node 20 a failing test
// would crash the report instead of showing the failure. Remove once Node 20 is no longer supported.
if (typeof (Map as unknown as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` throws outside Next's server bundle; tests run server code directly.
      'server-only': path.resolve(import.meta.dirname, 'lib/testing/server-only-stub.ts'),
    },
  },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PGlite takes 2-3 s to start per file; on 2 cores two workers are the sweet spot.
    maxWorkers: 2,
    globalSetup: ['lib/testing/postgres-template.ts'],
  },
});
