import { defineConfig } from 'vitest/config';

// Unit and content tests run in plain node: the engine and the content model import nothing
// from Astro, so they need no Astro/Vite integration here.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
