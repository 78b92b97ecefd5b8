import { buildSync } from 'esbuild';
import { zipSync } from 'fflate';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Packs an H5P source folder of this project (content/h5p-src/<id>/: h5p.json, content/,
 * library folders) into `.h5p` bytes, exactly what an author would drop into content/h5p/.
 * A library's `.ts` entry is bundled with esbuild into the `.js` its library.json names, so
 * the content type can use the engine's own number parser and contribution maths. Build and
 * tests only (node).
 */
export function packH5pSource(dir: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const visit = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      const entry = relative(dir, full).split(sep).join('/');
      if (statSync(full).isDirectory()) visit(full);
      else if (name.endsWith('.ts')) {
        const out = buildSync({ entryPoints: [full], bundle: true, format: 'iife', target: 'es2019', minify: true, write: false, legalComments: 'none' });
        files[entry.replace(/\.ts$/, '.js')] = out.outputFiles[0]!.contents;
      } else files[entry] = new Uint8Array(readFileSync(full));
    }
  };
  visit(dir);
  // A fixed date keeps the bytes (and so the content version) the same from build to build.
  return zipSync(files, { mtime: new Date('2024-01-01T00:00:00Z') });
}
