import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apacheConfig, iisConfig, nginxConfig } from '../../../scripts/hosting/configs.mjs';
import { baseRule, headerRulesFor, headerRulesOf, readSitePolicy, securityHeadersFor, type SitePolicy } from '../../../scripts/hosting/headers.mjs';
import { createSiteHandler } from '../../../scripts/hosting/server.mjs';
import { writeHostConfigs } from '../../../scripts/hosting/write-configs.mjs';
import { h5pActivitiesIn, inlineCodeIn, pagePathOf } from '../../../src/integrations/page-scripts';
import { unsafeEvalUses } from '../../../src/course/h5p-unsafe-eval';
import { loadH5pActivities } from '../../../src/course/load-h5p';
import { frameBootstrapHashes } from '../../../src/integrations/h5p-frame-bootstrap';

// The frame bootstrap h5p-standalone 3.8 writes, and its SHA-256 worked out once with
// `printf '%s' '…' | openssl dgst -sha256 -binary | base64`.
const BOOTSTRAP_HASH = "'sha256-8CniZYrnO46q7MvZ3m08Wom1HH/ZhyXmm29kBKTV1rk='";
const LESSON = 'modules/viabilite/calcul-cotisation/';

const policy = (evalBy: string[] = []): SitePolicy => ({
  version: 1,
  scriptHashes: [BOOTSTRAP_HASH],
  activities: [
    { id: 'cotisation-par-beneficiaire', unsafeEvalBy: [] },
    { id: 'quiz-ejs', unsafeEvalBy: evalBy },
  ],
  pages: [
    { path: LESSON, activities: ['cotisation-par-beneficiaire'] },
    { path: 'modules/viabilite/quiz-interactif/', activities: ['quiz-ejs'] },
  ],
});

const scriptSrc = (csp: string | undefined) => /(?:^|; )script-src ([^;]*)/.exec(csp ?? '')?.[1]?.split(' ') ?? [];

describe('Content-Security-Policy per page', () => {
  it('ordinary pages: scripts from this server only, nothing inline, no eval', () => {
    const rules = headerRulesFor(policy(['H5P.EmbeddedJS-1.0 : modèles EJS']));
    for (const path of ['', 'glossaire/', 'formateur/', 'outils/simulateur-cotisation/', 'modules/viabilite/', 'modules/viabilite/seuil-de-viabilite/', '404.html']) {
      expect(scriptSrc(securityHeadersFor(path, rules)['Content-Security-Policy']), path).toEqual(["'self'"]);
    }
  });

  it('an H5P page allows the frame bootstrap by its hash, and eval only where an activity needs it', () => {
    const rules = headerRulesFor(policy(['H5P.EmbeddedJS-1.0 : modèles EJS']));
    expect(rules).toHaveLength(3);
    expect(scriptSrc(securityHeadersFor(LESSON, rules)['Content-Security-Policy'])).toEqual(["'self'", BOOTSTRAP_HASH]);
    expect(scriptSrc(securityHeadersFor(`${LESSON}index.html`, rules)['Content-Security-Policy'])).toEqual(["'self'", BOOTSTRAP_HASH]);
    expect(scriptSrc(securityHeadersFor('modules/viabilite/quiz-interactif/', rules)['Content-Security-Policy'])).toEqual(["'self'", BOOTSTRAP_HASH, "'unsafe-eval'"]);
    // Never 'unsafe-inline', and the other headers are those of every page.
    for (const rule of rules) expect(rule.headers['Content-Security-Policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(securityHeadersFor(LESSON, rules)['X-Frame-Options']).toBe(baseRule.headers['X-Frame-Options']);
    // Without eval anywhere, no page gets it.
    expect(headerRulesFor(policy()).every((rule) => !rule.headers['Content-Security-Policy']!.includes('unsafe-eval'))).toBe(true);
  });

  it('refuses a policy file whose values would end up unchecked in headers and configurations', () => {
    expect(() => headerRulesFor({ ...policy(), scriptHashes: ["'unsafe-inline'"] })).toThrow(/scriptHashes/);
    expect(() => headerRulesFor({ ...policy(), pages: [{ path: 'a/"; add_header X y;/', activities: [] }] })).toThrow(/chemin/);
    expect(() => headerRulesFor({ ...policy(), pages: [{ path: '', activities: [] }] })).toThrow(/chemin/);
    expect(() => headerRulesFor({ ...policy(), version: 2 } as unknown as SitePolicy)).toThrow(/version/);
  });

  it('reads the rules from the built site: none without h5p/csp.json, the H5P pages with it', () => {
    const dist = mkdtempSync(join(tmpdir(), 'fm-policy-'));
    expect(readSitePolicy(dist)).toBeNull();
    expect(headerRulesOf(dist)).toEqual([baseRule]);
    mkdirSync(join(dist, 'h5p'));
    writeFileSync(join(dist, 'h5p/csp.json'), JSON.stringify(policy()));
    expect(headerRulesOf(dist).map((rule) => rule.prefix)).toEqual(['', 'modules/viabilite/quiz-interactif/', LESSON]); // longest prefix last
  });

  it('the built-in server sends the H5P page its own policy and every other page the strict one', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'fm-policy-'));
    mkdirSync(join(dist, 'h5p'));
    writeFileSync(join(dist, 'h5p/csp.json'), JSON.stringify(policy()));
    const handler = createSiteHandler({ distDir: dist, base: '/formation/', fixedFiles: true });
    const cspOf = (url: string) => {
      const headers: Record<string, string> = {};
      const res = { setHeader: (name: string, value: string) => (headers[name] = value), on() {}, end() {}, statusCode: 0 };
      handler({ url, method: 'HEAD', headers: {} } as never, res as never);
      return headers['Content-Security-Policy'];
    };
    expect(scriptSrc(cspOf(`/formation/${LESSON}`))).toEqual(["'self'", BOOTSTRAP_HASH]);
    expect(scriptSrc(cspOf('/formation/glossaire/'))).toEqual(["'self'"]);
  });

  it('the configurations written for a built site carry its H5P pages (npm run package, or a host after a rebuild)', () => {
    const dist = mkdtempSync(join(tmpdir(), 'fm-policy-'));
    mkdirSync(join(dist, 'h5p'));
    writeFileSync(join(dist, 'h5p/csp.json'), JSON.stringify(policy()));
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
    const configs = join(dist, '..', `${dist.split('/').at(-1)}-configs`);
    writeHostConfigs({ siteDir: dist, base: '/formation/', configsDir: configs });
    expect(readFileSync(join(configs, 'nginx-formation.conf'), 'utf8')).toContain(`location ^~ /formation/${LESSON} {`);
    expect(readFileSync(join(configs, 'apache-formation.conf'), 'utf8')).toContain(`/formation/${LESSON.slice(0, -1)}>`);
    const iis = readFileSync(join(dist, 'web.config'), 'utf8');
    expect(iis).toContain(`<location path="${LESSON.slice(0, -1)}">`);
    expect(iis).toContain('<location path="favicon.svg">');
    expect(iis).toContain('<location path="h5p/csp.json">');
  });

  for (const base of ['/', '/formation/']) {
    it(`nginx, Apache and IIS (${base}) give the H5P page its policy`, () => {
      const rules = headerRulesFor(policy());
      const h5p = rules.find((rule) => rule.prefix === LESSON)!.headers['Content-Security-Policy']!;
      const strict = baseRule.headers['Content-Security-Policy']!;
      const nginx = nginxConfig({ base, rules });
      const block = nginx.split(`location ^~ ${base}${LESSON} {`)[1]?.split('\n}')[0] ?? '';
      expect(block).toContain(`add_header Content-Security-Policy "${h5p}" always;`);
      expect(block).not.toContain(strict);
      expect(nginx.split(`add_header Content-Security-Policy "${strict}" always;`).length - 1).toBe(3);
      const apache = apacheConfig({ base, rules });
      expect(apache).toMatch(new RegExp(`<Directory [^>]*/${LESSON.slice(0, -1).replace(/\//g, '\\/')}>\\n    [^\\n]*\\n[\\s\\S]*?Header always set Content-Security-Policy "${h5p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`));
      const iis = iisConfig({ base, rules });
      const location = iis.split(`<location path="${LESSON.slice(0, -1)}">`)[1]?.split('</location>')[0] ?? '';
      expect(location).toContain(`<add name="Content-Security-Policy" value="${h5p.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" />`);
    });
  }
});

describe('built pages under the strict policy', () => {
  it('finds inline scripts, handlers and javascript: URLs, not JSON data or external scripts', () => {
    const html =
      '<script type="module" src="/_astro/a.js"></script><script type="application/json" id="d">{"a":1}</script>' +
      '<p>Écrire onclick= dans un texte ne compte pas.</p><a href="/x/">lien</a>';
    expect(inlineCodeIn(html)).toEqual([]);
    expect(inlineCodeIn('<script>alert(1)</script>')).toEqual(['script en ligne : alert(1)']);
    expect(inlineCodeIn('<script type="module">import "./x.js"</script>')).toHaveLength(1);
    expect(inlineCodeIn('<img src="a.png" onerror="x()">')).toEqual(['gestionnaire d’événement en ligne : onerror']);
    expect(inlineCodeIn('<a href=" JavaScript:void(0)">x</a>')).toEqual(['URL javascript: dans href']);
  });

  it('lists the H5P activities of a page once each, and the page path of a built file', () => {
    expect(h5pActivitiesIn('<x-h5p data-h5p-id="a" data-x="1"></x-h5p><x-h5p data-h5p-id="b"></x-h5p><x-h5p data-h5p-id="a">')).toEqual(['a', 'b']);
    expect(h5pActivitiesIn('<x-quiz data-id="a"></x-quiz>')).toEqual([]);
    expect(pagePathOf('index.html')).toBe('');
    expect(pagePathOf('modules/viabilite/calcul-cotisation/index.html')).toBe(LESSON);
    expect(pagePathOf('404.html')).toBe('404.html');
  });
});

describe("which H5P libraries need 'unsafe-eval'", () => {
  it("the course's own activities need none (their pages get the hash only)", () => {
    const { activities, issues } = loadH5pActivities(process.cwd());
    expect(issues).toEqual([]);
    expect(activities.length).toBeGreaterThan(0);
    for (const activity of activities) expect(activity.unsafeEvalBy, activity.file).toEqual([]);
  });

  const lib = (files: Record<string, string>) => new Map(Object.entries(files).map(([path, text]) => [path, new TextEncoder().encode(text)]));
  it('names the known EJS library and any library whose code evaluates strings', () => {
    const libraries = new Map([
      ['H5P.FmContribution-1.0', lib({ 'library.json': '{"eval(": 1}', 'fm.js': 'var retrieval = x.evaluate(); obj.eval(1); function myeval(){}' })],
      ['H5P.EmbeddedJS-1.0', lib({ 'library.json': '{}', 'js/ejs.js': 'x' })],
      ['H5P.Templates-2.1', lib({ 'scripts/t.js': 'var f = new Function("a", body);' })],
      ['H5P.Global-1.0', lib({ 'g.js': 'var g = Function("return this")();' })],
      ['H5P.Direct-1.0', lib({ 'd.js': 'if (x) eval(code);' })],
    ]);
    expect(unsafeEvalUses(libraries)).toEqual([
      'H5P.Direct-1.0/d.js : eval(',
      'H5P.EmbeddedJS-1.0 : modèles EJS compilés avec new Function',
      'H5P.Global-1.0/g.js : Function(…)',
      'H5P.Templates-2.1/scripts/t.js : new Function(',
    ]);
  });
});

describe('the H5P frame bootstrap hash', () => {
  it('hashes the inline script of the frame document as the browser sees it (escapes undone)', () => {
    const bundle = `t+='<script src="'+e[n]+'"><\\/script>';return'<base target="_parent">'+n(x)+"<script>H5PIntegration = window.parent.H5PIntegration; var H5P = H5P || {}; H5P.externalEmbed = false;<\\/script>"}`;
    expect(frameBootstrapHashes(bundle)).toEqual([BOOTSTRAP_HASH]);
  });

  it('recomputes from the installed player, and fails loudly when the player no longer has one', () => {
    const installed = readFileSync(join(dirname(createRequire(import.meta.url).resolve('h5p-standalone')), 'frame.bundle.js'), 'utf8');
    expect(frameBootstrapHashes(installed)).toHaveLength(1);
    expect(() => frameBootstrapHashes('var x = "<div></div>";')).toThrow(/amorçage/);
  });
});
