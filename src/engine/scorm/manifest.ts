/**
 * The `imsmanifest.xml` of a SCORM 1.2 package (IMS Content Packaging 1.1.2 + ADL CP 1.2).
 * Pure: the packaging script (scripts/scorm/) gives the SCOs and the files it zips.
 *
 * One SCO per module: the launch page is the module's page, and the adapter island reports from
 * every page of that module. No `adlcp:masteryscore`: the LMS must not turn a score into
 * « passed » by itself — only the module test decides passed/failed (see src/islands/scorm/).
 */

export interface ScormSco {
  /** Stable id (the module id): items and resources are named from it. */
  id: string;
  title: string;
  /** Launch page, relative to the package root (`modules/m1/index.html`). */
  href: string;
}

export interface ScormManifestInput {
  /** Package identifier, stable across rebuilds so an LMS recognises an update. */
  identifier: string;
  title: string;
  scos: readonly ScormSco[];
  /** Every file of the package, relative paths with `/` (the manifest itself excluded). */
  files: readonly string[];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An XML ID (xsd:ID is an NCName): letters, digits, « - », « _ », « . », not starting with a digit. */
export function xmlId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/** A file path as a URI reference in the manifest (spaces and non-ASCII escaped). */
const fileHref = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** The XSD files the manifest names in `xsi:schemaLocation`; the package carries them at its root. */
export const SCORM12_SCHEMA_FILES = ['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'] as const;

export function scormManifest(input: ScormManifestInput): string {
  if (input.scos.length === 0) throw new Error('SCORM manifest: at least one SCO is needed');
  const files = [...input.files].filter((f) => f !== 'imsmanifest.xml').sort();
  const items = input.scos
    .map((sco) => `      <item identifier="${xmlId('item', sco.id)}" identifierref="${xmlId('res', sco.id)}" isvisible="true">\n        <title>${escapeXml(sco.title)}</title>\n      </item>`)
    .join('\n');
  // The first SCO lists every file (one shared site); the others depend on it, as CP allows.
  const resources = input.scos
    .map((sco, index) => {
      const body = index === 0 ? files.map((f) => `      <file href="${escapeXml(fileHref(f))}"/>`).join('\n') : `      <dependency identifierref="${xmlId('res', input.scos[0]!.id)}"/>`;
      return `    <resource identifier="${xmlId('res', sco.id)}" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(fileHref(sco.href))}">\n${body}\n    </resource>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId('fm', input.identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${escapeXml(input.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
  </resources>
</manifest>
`;
}
