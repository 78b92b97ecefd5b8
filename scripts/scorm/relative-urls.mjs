// Makes a build made with the sentinel base work under any path: each absolute URL
// « /<sentinel>/x » becomes relative to the file that holds it. Links to folders get
// « index.html » (an LMS serves files, not folder indexes).
export const SENTINEL_BASE = '/__fm_scorm_base__/';

const depthPrefix = (rel) => '../'.repeat(rel.split('/').length - 1) || './';
const escaped = SENTINEL_BASE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const urlPattern = new RegExp(`${escaped}([^"'\\s)<>]*)`, 'g');

/** A site path with index.html added where it names a folder (query and fragment kept). */
export function withIndex(path) {
  const match = /^([^?#]*)(.*)$/.exec(path);
  const [, file, rest] = match;
  return file === '' || file.endsWith('/') ? `${file}index.html${rest}` : path;
}

/** The file's content with relative URLs; `rel` is its path in the package. */
export function relativize(rel, buffer) {
  const prefix = depthPrefix(rel);
  if (/\.html$/.test(rel)) {
    let text = buffer.toString('utf8');
    // The page's base for scripts (search, lazy data): the relative prefix itself, no index.html.
    text = text.replaceAll(`data-base="${SENTINEL_BASE}"`, `data-base="${prefix}"`);
    text = text.replace(urlPattern, (_, path) => prefix + withIndex(path));
    return Buffer.from(text);
  }
  if (/\.css$/.test(rel)) return Buffer.from(buffer.toString('utf8').replace(urlPattern, (_, path) => prefix + path));
  if (/\.m?js$/.test(rel)) {
    // Vite's preload helper prefixes chunk paths with the base: the site root, seen from this script.
    let text = buffer.toString('utf8').replaceAll(`"${SENTINEL_BASE}"`, `(new URL(${JSON.stringify(prefix)},import.meta.url).href)`);
    text = text.replaceAll('recherche/?q=', 'recherche/index.html?q=');
    return Buffer.from(text);
  }
  if (/^recherche\/.*\.json$/.test(rel)) {
    // Search results link to pages by folder.
    return Buffer.from(buffer.toString('utf8').replace(/"href":"([^"]*)"/g, (_, href) => `"href":${JSON.stringify(withIndex(href))}`));
  }
  return buffer;
}
