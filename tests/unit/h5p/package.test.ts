import { zipSync, strToU8 } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packH5pSource } from '../../../src/course/h5p-pack';
import { describeH5pIssue, readH5pPackage, shareLibraries } from '../../../src/engine/h5p/package';

const source = join(process.cwd(), 'content/h5p-src/cotisation-par-beneficiaire');
const good = () => packH5pSource(source);
const json = (value: unknown) => strToU8(JSON.stringify(value));
const lib = { machineName: 'H5P.Test', majorVersion: 1, minorVersion: 2 };
const h5pJson = { title: 'Essai', language: 'fr', mainLibrary: 'H5P.Test', preloadedDependencies: [lib] };
const libraryJson = { ...lib, patchVersion: 0, machineName: 'H5P.Test', preloadedJs: [{ path: 'test.js' }] };

/** A small package built here, with one part changed to break one rule. */
function pkg(files: Record<string, Uint8Array>) {
  return zipSync({
    'h5p.json': json(h5pJson),
    'content/content.json': json({ text: 'Bonjour' }),
    'H5P.Test-1.2/library.json': json(libraryJson),
    'H5P.Test-1.2/test.js': strToU8('H5P.Test = function () {};'),
    ...files,
  });
}
const codes = (bytes: Uint8Array, limits?: Parameters<typeof readH5pPackage>[1]) => {
  const result = readH5pPackage(bytes, limits);
  return result.ok ? [] : result.issues.map((i) => i.code);
};

describe('readH5pPackage', () => {
  it('accepts the project’s own content type, packed from its sources', () => {
    const result = readH5pPackage(good());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.pkg.libraries.keys()]).toEqual(['H5P.FmContribution-1.0']);
    expect([...result.pkg.libraries.get('H5P.FmContribution-1.0')!.keys()].sort()).toEqual(['fm-contribution.css', 'fm-contribution.js', 'library.json']);
    expect(result.pkg.h5pJson.language).toBe('fr');
  });

  it('packs the same bytes twice (stable content version)', () => {
    expect(Buffer.from(good()).equals(Buffer.from(good()))).toBe(true);
  });

  it('accepts a minimal valid package', () => {
    expect(codes(pkg({}))).toEqual([]);
  });

  it('refuses a file that is not a zip', () => {
    expect(codes(strToU8('<html>pas un zip</html>'))).toEqual(['NOT_A_ZIP']);
  });

  it('refuses a package without h5p.json or without content/content.json', () => {
    const files = { 'content/content.json': json({}), 'H5P.Test-1.2/library.json': json(libraryJson) };
    expect(codes(zipSync(files))).toEqual(['MISSING_FILE']);
    expect(codes(zipSync({ 'h5p.json': json(h5pJson), 'H5P.Test-1.2/library.json': json(libraryJson) }))).toEqual(['MISSING_FILE']);
    const result = readH5pPackage(zipSync({ 'h5p.json': json(h5pJson) }));
    expect(!result.ok && result.issues).toEqual([{ code: 'MISSING_FILE', entry: 'content/content.json' }]);
  });

  it('refuses a declared dependency whose library folder is missing', () => {
    const bytes = zipSync({ 'h5p.json': json(h5pJson), 'content/content.json': json({}) });
    const result = readH5pPackage(bytes);
    expect(!result.ok && result.issues).toEqual([{ code: 'MISSING_LIBRARY', library: 'H5P.Test 1.2' }]);
    expect(!result.ok && describeH5pIssue(result.issues[0]!)).toContain('« H5P.Test 1.2 » est déclarée');
  });

  it('follows dependencies of dependencies', () => {
    const withDep = { ...libraryJson, preloadedDependencies: [{ machineName: 'H5P.Other', majorVersion: 2, minorVersion: 0 }] };
    expect(codes(pkg({ 'H5P.Test-1.2/library.json': json(withDep) }))).toEqual(['MISSING_LIBRARY']);
  });

  it('refuses a library used in content but not declared (Unable to find constructor)', () => {
    const result = readH5pPackage(pkg({ 'content/content.json': json({ questions: [{ library: 'H5P.MultiChoice 1.16', params: {} }] }) }));
    expect(!result.ok && result.issues).toEqual([{ code: 'UNDECLARED_LIBRARY', library: 'H5P.MultiChoice 1.16' }]);
  });

  it.each(['../evil.js', '/etc/passwd', 'content/../../x', 'C:/windows/x', 'content\\..\\x'])('refuses the escaping path %s (zip slip)', (entry) => {
    const result = readH5pPackage(pkg({ [entry]: strToU8('x') }));
    expect(!result.ok && result.issues).toEqual([{ code: 'UNSAFE_PATH', entry }]);
  });

  it('refuses a package or an entry over the limits', () => {
    const big = pkg({ 'content/images/big.bin': new Uint8Array(5000) });
    expect(codes(big, { maxPackageBytes: 100, maxEntryBytes: 10_000 })).toEqual(['PACKAGE_TOO_LARGE']);
    expect(codes(big, { maxPackageBytes: 1_000_000, maxEntryBytes: 4000 })).toEqual(['ENTRY_TOO_LARGE']);
  });

  it('refuses an unreadable h5p.json', () => {
    expect(codes(pkg({ 'h5p.json': strToU8('{ pas du json') }))).toEqual(['INVALID_JSON']);
  });
});

describe('shareLibraries', () => {
  const read = (bytes: Uint8Array) => {
    const result = readH5pPackage(bytes);
    if (!result.ok) throw new Error('fixture invalid');
    return result.pkg;
  };
  it('stores a library shared by two packages once', () => {
    const { libraries, conflicts } = shareLibraries([
      { name: 'a.h5p', pkg: read(pkg({})) },
      { name: 'b.h5p', pkg: read(pkg({ 'content/content.json': json({ text: 'Autre' }) })) },
    ]);
    expect([...libraries.keys()]).toEqual(['H5P.Test-1.2']);
    expect(conflicts).toEqual([]);
  });
  it('refuses two packages carrying different code under one library version', () => {
    const { conflicts } = shareLibraries([
      { name: 'a.h5p', pkg: read(pkg({})) },
      { name: 'b.h5p', pkg: read(pkg({ 'H5P.Test-1.2/test.js': strToU8('H5P.Test = function () { /* autre */ };') })) },
    ]);
    expect(conflicts).toEqual([{ name: 'b.h5p', library: 'H5P.Test-1.2', firstIn: 'a.h5p' }]);
  });
});
