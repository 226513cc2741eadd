import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Engines built in tests skip the 307 MB embeddings scan; the vector code is tested on small fixtures.
    env: { WORD_VECTORS: 'off' },
  },
});
