import { describe, expect, it } from 'vitest';
import { apacheConfig, iisConfig, nginxConfig } from '../../../scripts/hosting/configs.mjs';
import { baseRule, cacheControlFor, securityHeadersFor } from '../../../scripts/hosting/headers.mjs';
import { isSafePath } from '../../../scripts/hosting/server.mjs';
import { explicitIndexLinks } from '../../../scripts/hosting/zim.mjs';

const headers = baseRule.headers;

describe('hosting configurations send the built-in server’s headers', () => {
  it('the site-wide rule keeps everything on this server', () => {
    expect(securityHeadersFor('glossaire/')['Content-Security-Policy']).toContain("default-src 'self'");
    expect(cacheControlFor('_astro/a.B1.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('')).toBe('no-cache');
    expect(cacheControlFor('glossaire/')).toBe('no-cache');
    expect(cacheControlFor('recherche/index.json')).toBe('public, max-age=3600');
  });

  for (const base of ['/', '/formation/']) {
    it(`nginx (${base}): every location sends every header`, () => {
      const conf = nginxConfig({ base });
      const locations = conf.split(/\n\s*location /).slice(1);
      expect(locations.length).toBeGreaterThanOrEqual(3);
      for (const [name, value] of Object.entries(headers)) {
        expect(conf.split(`add_header ${name} "${value}" always;`).length - 1, name).toBe(3);
      }
      expect(conf).toContain(`error_page 404 ${base}404.html;`);
    });

    it(`Apache (${base}) and IIS (${base}) set the same headers`, () => {
      const apache = apacheConfig({ base });
      const iis = iisConfig({ base });
      for (const [name, value] of Object.entries(headers)) {
        expect(apache).toContain(`Header always set ${name} "${value}"`);
        expect(iis).toContain(`<add name="${name}" value="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" />`);
      }
      expect(iis).toContain('<add name="Cache-Control" value="public, max-age=31536000, immutable" />');
      expect(apache).toContain('Header always set Cache-Control "no-cache"');
    });
  }
});

describe('paths', () => {
  it('refuses climbs out of the site in any encoding', () => {
    for (const path of ['/a/../b', '/%2e%2e/x', '/..%2fx', '/%252e%252e/x', '/a%5c..%5cb', '/a%00', '/%E0%A4%A']) expect(isSafePath(path), path).toBe(false);
    for (const path of ['/', '/formation/glossaire/', '/formation/_astro/a.B1.js', '/formation/recherche/']) expect(isSafePath(path), path).toBe(true);
  });

  it('ZIM pages name index.html in links to directories, but not the islands’ base', () => {
    const html = '<html data-base="/fm/"><a href="/fm/">x</a><a href="/fm/glossaire/#prime">y</a><form action="/fm/recherche/"><a href="/fm/_astro/a.css">';
    expect(explicitIndexLinks(html, '/fm/')).toBe(
      '<html data-base="/fm/"><a href="/fm/index.html">x</a><a href="/fm/glossaire/index.html#prime">y</a><form action="/fm/recherche/index.html"><a href="/fm/_astro/a.css">',
    );
  });
});
