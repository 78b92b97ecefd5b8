import { connect } from 'node:net';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The LAN server: compression, cache and security headers, base path, 404, and no way out of dist/.
test('serves compressed pages with cache and security headers', async ({ request }) => {
  const page = await request.get('./', { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(page.status()).toBe(200);
  const headers = page.headers();
  expect(headers['content-encoding']).toBe('br');
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['referrer-policy']).toBe('no-referrer');

  const html = await page.text();
  const css = /href="([^"]+\.css)"/.exec(html)![1]!;
  const asset = await request.get(css, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.headers()['cache-control']).toContain('immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');
});

test('answers range requests (media seeking, resumed downloads) with 206 and the bytes asked', async ({ request }) => {
  const whole = await (await request.get('favicon.svg', { headers: { 'Accept-Encoding': 'identity' } })).body();
  const part = await request.get('favicon.svg', { headers: { Range: 'bytes=10-19', 'Accept-Encoding': 'identity' } });
  expect(part.status()).toBe(206);
  expect(part.headers()['content-range']).toBe(`bytes 10-19/${whole.length}`);
  expect((await part.body()).equals(whole.subarray(10, 20))).toBe(true);
});

test('redirects the bare root to the base path and answers unknown paths with the 404 page', async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const root = await request.get(`${origin}/`, { maxRedirects: 0 });
  expect(root.status()).toBe(302);
  expect(root.headers()['location']).toBe(new URL(baseURL!).pathname);
  const missing = await request.get('page-qui-n-existe-pas/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page introuvable');
});

test('refuses paths that climb out of the site folder', async ({ baseURL }) => {
  const { hostname, port, pathname } = new URL(baseURL!);
  const raw = (path: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`));
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
  for (const path of [`${pathname}../package.json`, `${pathname}%2e%2e/%2e%2e/package.json`, `${pathname}..%2f..%2fpackage.json`, `${pathname}../../../../etc/passwd`]) {
    const response = await raw(path);
    expect(response.split('\r\n')[0], path).toMatch(/^HTTP\/1\.1 (400|404)/);
    expect(response).not.toContain('"name": "formation-mutuelles"');
    expect(response).not.toContain('root:x:0:0');
  }
});

test('refuses methods other than GET and HEAD', async ({ request }) => {
  const response = await request.post('./', { data: 'x' });
  expect(response.status()).toBe(405);
});

test('serves the files of a rebuild made while it runs, without a restart', async ({ request }) => {
  // A rebuild adds new hashed files and rewrites pages with new sizes: each response must be
  // what is on disk now, complete, with its current length (a stale length hangs the browser).
  const dist = process.env.E2E_DIST ?? 'dist-test';
  const name = `rebuild-check-${Date.now()}.txt`;
  const path = join(dist, name);
  expect((await request.get(name)).status()).toBe(404);
  try {
    writeFileSync(path, 'première construction, un texte assez long');
    expect(await (await request.get(name)).text()).toBe('première construction, un texte assez long');
    writeFileSync(path, 'seconde');
    const second = await request.get(name, { headers: { 'Accept-Encoding': 'identity' } });
    expect(await second.text()).toBe('seconde');
    expect(second.headers()['content-length']).toBe(String(Buffer.byteLength('seconde')));
  } finally {
    rmSync(path, { force: true });
  }
  expect((await request.get(name)).status()).toBe(404);
});
