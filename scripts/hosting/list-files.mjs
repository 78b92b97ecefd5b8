import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, as paths relative to it with '/' separators, sorted. */
export function listFiles(dir) {
  const files = [];
  const visit = (path) => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) visit(full);
      else files.push(relative(dir, full).split('\\').join('/'));
    }
  };
  visit(dir);
  return files.sort();
}
