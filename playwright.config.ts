import { defineConfig } from '@playwright/test';
import { findChromium, howToGetChromium } from './scripts/find-chromium.mjs';

// End-to-end tests run against a real production build served by our own server, under a
// sub-path (/formation/) as a ministry would host it. scripts/test.mjs builds it first.
const port = Number(process.env.E2E_PORT ?? 4399);
const distDir = process.env.E2E_DIST ?? 'dist-test';
const base = process.env.E2E_BASE ?? '/formation/';
// E2E_URL: test a server started elsewhere (nginx, kiwix-serve, the release: scripts/hosting/smoke.mjs).
const externalUrl = process.env.E2E_URL;
const chromium = await findChromium();
if (!chromium) throw new Error(howToGetChromium);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: externalUrl ?? `http://127.0.0.1:${port}${base}`,
    locale: 'fr-FR',
    launchOptions: {
      executablePath: chromium.path,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: externalUrl ? undefined : {
    command: `node scripts/serve.mjs --no-build --dir ${distDir} --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
