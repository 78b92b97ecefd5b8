import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real `astro build` (not just the checker) refuses broken content, and its output names
// the file and the field, which is what an author sees.
const fixture = join(process.cwd(), 'tests/fixtures/mini-course');
const work = mkdtempSync(join(tmpdir(), 'fm-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(name: string, file: string, edit: (text: string) => string) {
  const root = join(work, name);
  cpSync(fixture, root, { recursive: true });
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), edit(existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : ''));
  const result = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    cwd: process.cwd(),
    env: { ...process.env, FM_CONTENT_ROOT: root, FM_OUT_DIR: join(work, `${name}-dist`), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build with broken content', () => {
  it('fails and names the file and field of a missing lesson title', () => {
    const { status, output } = build('no-title', 'content/lessons/essai/premiere-lecon.mdx', (t) => t.replace(/^title: .*$/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/lessons/essai/premiere-lecon.mdx › title : champ obligatoire manquant');
  }, 120_000);

  it('fails and names the module field listing an unknown lesson', () => {
    const { status, output } = build('unknown-lesson', 'modules/01-essai.yaml', (t) => t.replace('seconde-lecon', 'lecon-fantome'));
    expect(status).not.toBe(0);
    expect(output).toContain('modules/01-essai.yaml › lessons[1] : leçon inconnue « lecon-fantome »');
  }, 120_000);

  it('fails and names an H5P package that is not a zip', () => {
    const { status, output } = build('bad-h5p', 'content/h5p/activite-cassee.h5p', () => '<html>page d’erreur enregistrée au lieu du paquet</html>');
    expect(status).not.toBe(0);
    expect(output).toContain('content/h5p/activite-cassee.h5p › paquet H5P : ce fichier n’est pas une archive zip');
  }, 120_000);
});
