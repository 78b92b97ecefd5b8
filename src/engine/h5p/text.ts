/**
 * The learner-visible text of an H5P package's `content/content.json`, for the search index:
 * every string value, HTML tags removed and entities decoded, in document order. Left out:
 * keys themselves, whole subtrees that are not shown (metadata, copyright, files), and values
 * that are identifiers, library names, paths, URLs, MIME types or colours rather than words.
 */

/** Keys whose value (and everything under it) a learner does not read. */
const HIDDEN_KEYS = new Set([
  'library', 'subContentId', 'id', 'metadata', 'copyright', 'path', 'mime', 'url', 'src', 'file', 'files',
  'contentType', 'license', 'licenseVersion', 'licenseExtras', 'changes', 'authorComments', 'extraTitle',
  'width', 'height', 'codec', 'source', 'behaviour', 'override', 'overrideSettings',
]);

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00A0', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', hellip: '…', ndash: '–', mdash: '—', eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', acirc: 'â', ccedil: 'ç', ocirc: 'ô', ucirc: 'û', ugrave: 'ù', icirc: 'î', iuml: 'ï', euml: 'ë', Eacute: 'É', Agrave: 'À' };

/** Text of an HTML fragment: tags become spaces (so words on both sides stay apart), entities are decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
      }
      return NAMED_ENTITIES[name] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a string value is a machine value (not words a learner reads). */
function isMachineValue(text: string): boolean {
  if (!/\p{L}/u.test(text)) return true; // numbers, punctuation
  if (/^[a-z][a-z0-9+.-]*:\/?\//i.test(text) || /^data:/i.test(text)) return true; // URLs
  if (/^H5P(Editor)?\.[\w.]+( \d+\.\d+)?$/.test(text)) return true; // library names
  if (/^[\w-]+\/[\w.+-]+$/.test(text) && !/\s/.test(text)) return true; // MIME types, relative paths
  if (/^[\w./-]+\.(png|jpe?g|gif|svg|webp|mp[34]|webm|ogg|wav|pdf|json|js|css)$/i.test(text)) return true; // files
  if (/^#[0-9a-f]{3,8}$/i.test(text) || /^rgba?\(/i.test(text)) return true; // colours
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(text)) return true; // UUIDs
  return false;
}

/** The learner-visible strings of a content.json value, each as plain text. */
export function h5pTextParts(content: unknown, parts: string[] = []): string[] {
  if (typeof content === 'string') {
    const text = htmlToText(content);
    if (text !== '' && !isMachineValue(text)) parts.push(text);
  } else if (Array.isArray(content)) {
    for (const item of content) h5pTextParts(item, parts);
  } else if (typeof content === 'object' && content !== null) {
    for (const [key, value] of Object.entries(content)) if (!HIDDEN_KEYS.has(key)) h5pTextParts(value, parts);
  }
  return parts;
}

/** All the learner-visible text of a package's content, one string (duplicates kept once). */
export const h5pLearnerText = (content: unknown): string => [...new Set(h5pTextParts(content))].join(' ');
