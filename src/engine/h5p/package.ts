import { unzipSync } from 'fflate';

/**
 * Validation of an H5P package (`.h5p`, a zip) before it is unpacked into the site. Pure: it
 * takes the file's bytes and gives either the package's parts or the problems found, as codes
 * the build turns into French messages naming the file (see `describeH5pIssue`).
 *
 * Why each rule: h5p-standalone's loader does not check HTTP status (`getJSON`), so a missing
 * file at run time shows a blank box instead of an error; the build must refuse it instead.
 */

/** Limits checked while reading; a real package is well under them. */
export interface PackageLimits {
  /** Largest `.h5p` file, in bytes. */
  maxPackageBytes: number;
  /** Largest single entry once unpacked, in bytes. */
  maxEntryBytes: number;
}

export const DEFAULT_PACKAGE_LIMITS: PackageLimits = { maxPackageBytes: 20_000_000, maxEntryBytes: 10_000_000 };

export type PackageIssue =
  | { code: 'PACKAGE_TOO_LARGE'; limit: number }
  | { code: 'NOT_A_ZIP' }
  | { code: 'ENTRY_TOO_LARGE'; entry: string; limit: number }
  | { code: 'UNSAFE_PATH'; entry: string }
  | { code: 'MISSING_FILE'; entry: 'h5p.json' | 'content/content.json' }
  | { code: 'INVALID_JSON'; entry: string }
  | { code: 'MISSING_LIBRARY'; library: string }
  | { code: 'UNDECLARED_LIBRARY'; library: string };

/** A library as h5p.json and library.json name it: "H5P.FmContribution 1.0". */
export interface LibraryRef {
  machineName: string;
  majorVersion: number;
  minorVersion: number;
}

export interface H5pPackage {
  h5pJson: { title?: string; language?: string; mainLibrary?: string; preloadedDependencies: LibraryRef[] } & Record<string, unknown>;
  contentJson: unknown;
  /** Library folders ("H5P.FmContribution-1.0") and their files (path inside the folder → bytes). */
  libraries: Map<string, Map<string, Uint8Array>>;
  /** Files of the `content/` folder (path inside it → bytes), content.json included. */
  content: Map<string, Uint8Array>;
}

export type PackageResult = { ok: true; pkg: H5pPackage } | { ok: false; issues: PackageIssue[] };

/** The folder name h5p-standalone looks for: "H5P.FmContribution-1.0". */
export const libraryFolder = (ref: LibraryRef) => `${ref.machineName}-${ref.majorVersion}.${ref.minorVersion}`;
/** The form content.json uses for sub-content: "H5P.FmContribution 1.0". */
export const libraryName = (ref: LibraryRef) => `${ref.machineName} ${ref.majorVersion}.${ref.minorVersion}`;

/** A zip entry name that stays inside the target folder: relative, no `..`, no drive, no backslash. */
export function isSafeEntryPath(name: string): boolean {
  if (name === '' || name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name) || name.includes('\0')) return false;
  return name.split('/').every((part) => part !== '..');
}

const decoder = new TextDecoder();
function parseJson(bytes: Uint8Array | undefined): unknown {
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(decoder.decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return INVALID;
  }
}
const INVALID = Symbol('invalid');

function isRef(value: unknown): value is LibraryRef {
  const v = value as Partial<LibraryRef> | null;
  return typeof v === 'object' && v !== null && typeof v.machineName === 'string' && typeof v.majorVersion === 'number' && typeof v.minorVersion === 'number';
}

/** Every "library" value in content.json ("H5P.MultiChoice 1.16"): sub-content the player must construct. */
export function librariesUsedInContent(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) librariesUsedInContent(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'library' && typeof item === 'string' && /^[\w.]+ \d+\.\d+$/.test(item)) found.add(item);
      else librariesUsedInContent(item, found);
    }
  }
  return found;
}

/** Reads and checks one package; see the issue codes above. */
export function readH5pPackage(bytes: Uint8Array, limits: PackageLimits = DEFAULT_PACKAGE_LIMITS): PackageResult {
  if (bytes.length > limits.maxPackageBytes) return { ok: false, issues: [{ code: 'PACKAGE_TOO_LARGE', limit: limits.maxPackageBytes }] };
  const issues: PackageIssue[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    // The filter runs before each entry is inflated: unsafe or oversized entries are refused
    // without ever being decompressed (a zip bomb costs nothing).
    entries = unzipSync(bytes, {
      filter(file) {
        if (!isSafeEntryPath(file.name)) issues.push({ code: 'UNSAFE_PATH', entry: file.name });
        else if (file.originalSize > limits.maxEntryBytes) issues.push({ code: 'ENTRY_TOO_LARGE', entry: file.name, limit: limits.maxEntryBytes });
        else return true;
        return false;
      },
    });
  } catch {
    return { ok: false, issues: [{ code: 'NOT_A_ZIP' }] };
  }
  for (const [name, data] of Object.entries(entries)) {
    if (data.length > limits.maxEntryBytes) issues.push({ code: 'ENTRY_TOO_LARGE', entry: name, limit: limits.maxEntryBytes });
  }
  if (issues.length > 0) return { ok: false, issues };

  const h5pJson = parseJson(entries['h5p.json']);
  const contentJson = parseJson(entries['content/content.json']);
  if (h5pJson === undefined) issues.push({ code: 'MISSING_FILE', entry: 'h5p.json' });
  else if (h5pJson === INVALID || typeof h5pJson !== 'object' || h5pJson === null || !Array.isArray((h5pJson as { preloadedDependencies?: unknown }).preloadedDependencies))
    issues.push({ code: 'INVALID_JSON', entry: 'h5p.json' });
  if (contentJson === undefined) issues.push({ code: 'MISSING_FILE', entry: 'content/content.json' });
  else if (contentJson === INVALID) issues.push({ code: 'INVALID_JSON', entry: 'content/content.json' });
  if (issues.length > 0) return { ok: false, issues };

  const libraries = new Map<string, Map<string, Uint8Array>>();
  const content = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    const slash = name.indexOf('/');
    if (slash < 0) continue; // h5p.json and other top-level files
    const top = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    if (top === 'content') content.set(rest, data);
    else {
      if (!libraries.has(top)) libraries.set(top, new Map());
      libraries.get(top)!.set(rest, data);
    }
  }

  const manifest = h5pJson as H5pPackage['h5pJson'];
  // Every declared dependency must ship its folder with a library.json; the declared set is
  // what a library.json's own dependencies add to.
  const declared = new Set<string>();
  const pending = [...manifest.preloadedDependencies];
  while (pending.length > 0) {
    const ref = pending.shift()!;
    if (!isRef(ref)) {
      issues.push({ code: 'INVALID_JSON', entry: 'h5p.json' });
      continue;
    }
    const name = libraryName(ref);
    if (declared.has(name)) continue;
    declared.add(name);
    const libraryJson = parseJson(libraries.get(libraryFolder(ref))?.get('library.json'));
    if (libraryJson === undefined || libraryJson === INVALID) {
      issues.push({ code: 'MISSING_LIBRARY', library: name });
      continue;
    }
    const deps = (libraryJson as { preloadedDependencies?: unknown }).preloadedDependencies;
    if (Array.isArray(deps)) pending.push(...(deps as LibraryRef[]));
  }
  for (const used of librariesUsedInContent(contentJson)) {
    if (!declared.has(used)) issues.push({ code: 'UNDECLARED_LIBRARY', library: used });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, pkg: { h5pJson: manifest, contentJson, libraries, content } };
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** Whether two copies of a library folder carry the same files with the same bytes. */
export function sameLibraryFiles(a: Map<string, Uint8Array>, b: Map<string, Uint8Array>): boolean {
  if (a.size !== b.size) return false;
  for (const [path, bytes] of a) {
    const other = b.get(path);
    if (other === undefined || !sameBytes(bytes, other)) return false;
  }
  return true;
}

/**
 * Libraries shared by several packages are stored once; two packages that carry different code
 * under one library version cannot both be served, so the later one is refused. Returns the
 * shared libraries and, per package name, the folders that conflict with an earlier package.
 */
export function shareLibraries(packages: { name: string; pkg: H5pPackage }[]): {
  libraries: Map<string, Map<string, Uint8Array>>;
  conflicts: { name: string; library: string; firstIn: string }[];
} {
  const libraries = new Map<string, Map<string, Uint8Array>>();
  const owner = new Map<string, string>();
  const conflicts: { name: string; library: string; firstIn: string }[] = [];
  for (const { name, pkg } of packages) {
    for (const [folder, files] of pkg.libraries) {
      const known = libraries.get(folder);
      if (!known) {
        libraries.set(folder, files);
        owner.set(folder, name);
      } else if (!sameLibraryFiles(known, files)) conflicts.push({ name, library: folder, firstIn: owner.get(folder)! });
    }
  }
  return { libraries, conflicts };
}

/** The French text of a package problem, for the build's error list. */
export function describeH5pIssue(issue: PackageIssue): string {
  switch (issue.code) {
    case 'PACKAGE_TOO_LARGE':
      return `paquet trop volumineux (plus de ${issue.limit} octets)`;
    case 'NOT_A_ZIP':
      return 'ce fichier n’est pas une archive zip (un paquet .h5p est un zip)';
    case 'ENTRY_TOO_LARGE':
      return `le fichier « ${issue.entry} » dépasse ${issue.limit} octets une fois décompressé`;
    case 'UNSAFE_PATH':
      return `chemin dangereux « ${issue.entry} » : il sortirait du dossier du paquet (chemin absolu ou « .. »)`;
    case 'MISSING_FILE':
      return `fichier « ${issue.entry} » absent du paquet`;
    case 'INVALID_JSON':
      return `fichier « ${issue.entry} » illisible (JSON invalide ou champ preloadedDependencies absent)`;
    case 'MISSING_LIBRARY':
      return `la bibliothèque « ${issue.library} » est déclarée mais son dossier (avec library.json) manque dans le paquet`;
    case 'UNDECLARED_LIBRARY':
      return `la bibliothèque « ${issue.library} » est utilisée dans content.json mais n’est pas déclarée (le lecteur afficherait « Unable to find constructor »)`;
  }
}
