import { strToU8, zipSync } from 'fflate';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadH5pActivities } from '../../../src/course/load-h5p';

// The course-level checks of H5P activities (file names and ids), on a content root made here.
const json = (value: unknown) => strToU8(JSON.stringify(value));
const lib = { machineName: 'H5P.Test', majorVersion: 1, minorVersion: 0 };
const packed = (text: string) =>
  zipSync({
    'h5p.json': json({ title: 'Essai', language: 'fr', mainLibrary: 'H5P.Test', preloadedDependencies: [lib] }),
    'content/content.json': json({ text }),
    'H5P.Test-1.0/library.json': json({ ...lib, patchVersion: 0 }),
    'H5P.Test-1.0/test.js': strToU8('H5P.Test = function () {};'),
  });

let root = '';
function contentRoot(files: Record<string, Uint8Array>, sources: string[] = []): string {
  root = mkdtempSync(join(tmpdir(), 'fm-h5p-'));
  mkdirSync(join(root, 'content/h5p'), { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(root, 'content/h5p', name), bytes);
  for (const id of sources) cpSync(join(process.cwd(), 'content/h5p-src/cotisation-par-beneficiaire'), join(root, 'content/h5p-src', id), { recursive: true });
  return root;
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('loadH5pActivities', () => {
  it('names the file and field of an invalid id and of two activities with one id', () => {
    const { activities, issues } = loadH5pActivities(contentRoot({ 'Mon_Activite.h5p': packed('a'), 'cotisation-par-beneficiaire.h5p': packed('b') }, ['cotisation-par-beneficiaire']));
    expect(issues).toEqual([
      { file: 'content/h5p/Mon_Activite.h5p', field: 'nom du fichier', message: 'identifiant « Mon_Activite » invalide (minuscules ASCII, chiffres et tirets)' },
      { file: 'content/h5p-src/cotisation-par-beneficiaire/', field: 'nom du fichier', message: 'deux activités H5P portent l’identifiant « cotisation-par-beneficiaire »' },
    ]);
    expect(activities.map((a) => a.id)).toEqual(['cotisation-par-beneficiaire']);
  });

  it('names the package of a broken one, and the later one of two carrying different code under one library version', () => {
    const other = zipSync({ 'h5p.json': json({ title: 'B', mainLibrary: 'H5P.Test', preloadedDependencies: [lib] }), 'content/content.json': json({}), 'H5P.Test-1.0/library.json': json({ ...lib, patchVersion: 1 }) });
    const { issues } = loadH5pActivities(contentRoot({ 'a.h5p': packed('a'), 'b.h5p': other, 'c.h5p': strToU8('<html>erreur 404</html>') }));
    expect(issues.map((i) => `${i.file} › ${i.field} : ${i.message}`)).toEqual([
      'content/h5p/c.h5p › paquet H5P : ce fichier n’est pas une archive zip (un paquet .h5p est un zip)',
      'content/h5p/b.h5p › paquet H5P : la bibliothèque « H5P.Test-1.0 » diffère de celle de même version dans content/h5p/a.h5p : changez sa version ou alignez les deux paquets',
    ]);
  });
});
