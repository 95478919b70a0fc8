/**
 * `imsmanifest.xml` for a package with one SCO (one track: the LMS keeps one score per package),
 * in SCORM 1.2 or SCORM 2004 4th Edition.
 */
import type { ScormVersion } from './scorm-report.ts';

export interface ManifestInput {
  version: ScormVersion;
  /** Unique among the organisation's packages, e.g. `social-literacy-academy-executive`. */
  identifier: string;
  /** What the LMS shows in its catalogue. */
  title: string;
  /** The page the LMS launches, relative to the package root. */
  launch: string;
  /** Every file of the package (relative paths), listed in the resource. */
  files: readonly string[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** An XML ID: letters, digits, `-`, `_`, `.`, starting with a letter. */
const xmlId = (text: string) => {
  const cleaned = text.replace(/[^A-Za-z0-9._-]+/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `id-${cleaned}`;
};

/** Namespace declarations, schema locations, metadata version and the SCO attribute of each version. */
const FLAVOURS = {
  '1.2': {
    namespaces: {
      xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    },
    schemaLocation:
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
    schemaversion: '1.2',
    scoAttribute: 'adlcp:scormtype',
  },
  '2004': {
    namespaces: {
      xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
      'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
      'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
      'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    },
    schemaLocation:
      'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
    schemaversion: '2004 4th Edition',
    scoAttribute: 'adlcp:scormType',
  },
} as const;

/** The folder of `src/lms/xsd/` with the official schema files of each version (shipped at each package's root). */
export const SCHEMA_FOLDERS: Record<ScormVersion, string> = { '1.2': 'scorm12', '2004': 'scorm2004' };

/** The namespace → schema file pairs that a manifest's `xsi:schemaLocation` names. */
export const schemaLocations = (version: ScormVersion): [string, string][] => {
  const words = FLAVOURS[version].schemaLocation.split(' ');
  return words.flatMap((word, i) => (i % 2 === 0 ? [[word, words[i + 1]!] as [string, string]] : []));
};

/** The namespaces a manifest of this version declares on its root (the XML Schema instance namespace aside). */
export const manifestNamespaces = (version: ScormVersion): string[] =>
  Object.entries(FLAVOURS[version].namespaces)
    .filter(([name]) => name !== 'xmlns:xsi')
    .map(([, uri]) => uri);

export function buildManifest({ version, identifier, title, launch, files }: ManifestInput): string {
  const flavour = FLAVOURS[version];
  const id = xmlId(identifier);
  const namespaces = Object.entries(flavour.namespaces)
    .map(([name, uri]) => `${name}="${uri}"`)
    .join('\n    ');
  const fileLines = [...new Set(files)]
    .filter((file) => file !== 'imsmanifest.xml')
    .sort()
    .map((file) => `        <file href="${escapeXml(file)}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
    ${namespaces}
    xsi:schemaLocation="${flavour.schemaLocation}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${flavour.schemaversion}</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${escapeXml(title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${escapeXml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" ${flavour.scoAttribute}="sco" href="${escapeXml(launch)}">
${fileLines}
    </resource>
  </resources>
</manifest>
`;
}
