import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeH5pIssue, readH5pPackage, shareLibraries, type H5pPackage } from '../engine/h5p/package';
import type { ContentIssue } from './content-issue';
import { packH5pSource } from './h5p-pack';
import { unsafeEvalUses } from './h5p-unsafe-eval';

/** An H5P activity of the course: `content/h5p/<id>.h5p`, or the project's own sources in `content/h5p-src/<id>/`. */
export interface H5pActivity {
  id: string;
  /** Where the author finds it, relative to the content root. */
  file: string;
  title: string;
  /** First 12 hex digits of the package's SHA-256: changes when the package changes (old state is then dropped). */
  contentVersion: string;
  /** Whether a library of the package needs `'unsafe-eval'` (H5P.EmbeddedJS, used by Question Set). */
  needsUnsafeEval: boolean;
  /** Why: one line per library that evaluates code (see h5p-unsafe-eval.ts); empty when none does. */
  unsafeEvalBy: string[];
  pkg: H5pPackage;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads, validates and de-duplicates every H5P package of the content root. */
export function loadH5pActivities(root: string): { activities: H5pActivity[]; libraries: Map<string, Map<string, Uint8Array>>; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const found: { id: string; file: string; bytes: () => Uint8Array }[] = [];
  const packed = join(root, 'content/h5p');
  if (existsSync(packed)) {
    for (const name of readdirSync(packed).sort()) {
      if (name.endsWith('.h5p')) found.push({ id: name.slice(0, -4), file: `content/h5p/${name}`, bytes: () => new Uint8Array(readFileSync(join(packed, name))) });
    }
  }
  const sources = join(root, 'content/h5p-src');
  if (existsSync(sources)) {
    for (const name of readdirSync(sources).sort()) {
      if (statSync(join(sources, name)).isDirectory()) found.push({ id: name, file: `content/h5p-src/${name}/`, bytes: () => packH5pSource(join(sources, name)) });
    }
  }
  const activities: H5pActivity[] = [];
  const seen = new Set<string>();
  for (const { id, file, bytes } of found) {
    if (!ID.test(id)) {
      issues.push({ file, field: 'nom du fichier', message: `identifiant « ${id} » invalide (minuscules ASCII, chiffres et tirets)` });
      continue;
    }
    if (seen.has(id)) {
      issues.push({ file, field: 'nom du fichier', message: `deux activités H5P portent l’identifiant « ${id} »` });
      continue;
    }
    seen.add(id);
    const data = bytes();
    const result = readH5pPackage(data);
    if (!result.ok) {
      for (const issue of result.issues) issues.push({ file, field: 'paquet H5P', message: describeH5pIssue(issue) });
      continue;
    }
    const unsafeEvalBy = unsafeEvalUses(result.pkg.libraries);
    const title = typeof result.pkg.h5pJson.title === 'string' && result.pkg.h5pJson.title.trim() ? result.pkg.h5pJson.title : id;
    activities.push({
      id,
      file,
      title,
      contentVersion: createHash('sha256').update(data).digest('hex').slice(0, 12),
      needsUnsafeEval: unsafeEvalBy.length > 0,
      unsafeEvalBy,
      pkg: result.pkg,
    });
  }
  const { libraries, conflicts } = shareLibraries(activities.map((a) => ({ name: a.file, pkg: a.pkg })));
  for (const conflict of conflicts) {
    issues.push({ file: conflict.name, field: 'paquet H5P', message: `la bibliothèque « ${conflict.library} » diffère de celle de même version dans ${conflict.firstIn} : changez sa version ou alignez les deux paquets` });
  }
  return { activities, libraries, issues };
}
