// The Kiwix ZIM file of the site, written by Debian's zimwriterfs (package zim-tools).
// kiwix-serve serves a ZIM's files under /<book>/ (kiwix-tools ≤ 3.3, Debian 12) or
// /content/<book>/ (later versions), the book being the file name without .zim; the site is
// built for that prefix (BASE_PATH), because Astro writes absolute URLs. A ZIM has no
// directories: '/glossaire/' does not lead to 'glossaire/index.html', so the pages' links to
// directories are rewritten to name index.html (the islands do the same at run time, see
// src/lib/paths.ts `explicitIndex`).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `"<base>some/dir/"` (a quoted absolute link to a directory, maybe with #fragment or ?query)
 * → `"<base>some/dir/index.html"`. Exported for its unit test.
 */
export function explicitIndexLinks(text, base) {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(["'])(${escaped}(?:[^"'#?<>\\s]*/)?)([#?][^"'<>\\s]*)?\\1`, 'g');
  return text.replace(pattern, (match, quote, path, rest = '', offset) =>
    // data-base is the prefix the islands build URLs on, not a link.
    text.slice(Math.max(0, offset - 10), offset) === 'data-base=' ? match : `${quote}${path}index.html${rest}${quote}`,
  );
}

function walk(dir, visit) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, visit);
    else visit(path, name);
  }
}

/**
 * Writes `zimFile` from the built site in `siteDir` (built for the ZIM's prefix).
 * @param {{ siteDir: string, zimFile: string, work: string, version: string, illustration: string }} options
 */
export function writeZim({ siteDir, zimFile, work, version, illustration }) {
  const which = spawnSync('zimwriterfs', ['--version'], { encoding: 'utf8' });
  if (which.error) {
    console.error('zimwriterfs est introuvable : installez le paquet Debian « zim-tools » (apt-get install zim-tools).');
    process.exit(1);
  }
  const base = JSON.parse(readFileSync(join(siteDir, 'build-info.json'), 'utf8')).base;
  const staging = join(work, 'site');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(siteDir, staging, { recursive: true });
  walk(staging, (path, name) => {
    // Kiwix compresses the ZIM itself; precompressed copies would only double its size.
    if (name.endsWith('.br') || name.endsWith('.gz')) rmSync(path);
    else if (name.endsWith('.html') || name.endsWith('.json')) writeFileSync(path, explicitIndexLinks(readFileSync(path, 'utf8'), base));
  });
  cpSync(illustration, join(staging, 'illustration-48.png'));
  rmSync(zimFile, { force: true });
  const args = [
    '--welcome=index.html',
    '--illustration=illustration-48.png',
    '--language=fra',
    '--title=Formation mutuelles de santé',
    '--description=Micro-assurance santé et mutuelles de santé : leçons, quiz, exercices, outils',
    '--longDescription=Formation hors ligne en trois modules : place de la micro-assurance santé dans le financement de la santé, gestion et gouvernance, viabilité (outils et méthodes). Leçons, quiz, exercices de calcul de cotisation et simulateurs.',
    '--creator=Formation mutuelles de santé',
    '--publisher=Formation mutuelles de santé',
    '--name=formation-mutuelles_fr_all',
    `--flavour=${version}`,
    '--tags=_category:other;_pictures:yes;_videos:no;_details:yes;_ftindex:yes',
    staging,
    zimFile,
  ];
  console.log(`\n▶ Fichier ZIM pour Kiwix (zimwriterfs, préfixe ${base})`);
  const result = spawnSync('zimwriterfs', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0 || !existsSync(zimFile)) {
    console.error('✗ zimwriterfs a échoué (voir le message ci-dessus).');
    process.exit(result.status ?? 1);
  }
  console.log(`  ${zimFile} (${(statSync(zimFile).size / 1024 / 1024).toFixed(1)} Mo)`);
}
