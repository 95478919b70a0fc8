// The official IMS and ADL schema files (src/lms/xsd/, copied from ADL's and Rustici's sample
// packages): each SCORM package ships its version's files at its root, as ADL's conformance test
// suite requires for the names `xsi:schemaLocation` gives, and every manifest is validated against
// them with libxml2 (xmllint-wasm: WebAssembly, installed by `npm install`, no system tool).
import { readdirSync, readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { manifestNamespaces, SCHEMA_FOLDERS, schemaLocations } from '../../src/lms/scorm-manifest.ts';
import type { ScormVersion } from '../../src/lms/scorm-report.ts';

const XSD_DIR = new URL('../../src/lms/xsd/', import.meta.url);

/** Every schema file of a version: file name → contents (the package root takes them as they are). */
export function schemaFiles(version: ScormVersion): Map<string, Uint8Array> {
  const dir = new URL(`${SCHEMA_FOLDERS[version]}/`, XSD_DIR);
  return new Map(readdirSync(dir).sort().map((name) => [name, new Uint8Array(readFileSync(new URL(name, dir)))]));
}

/**
 * A schema that imports each namespace the manifest declares from its file. The IMS content
 * packaging schema alone is not enough: its strict wildcard wants the ADL declarations of
 * `adlcp:scormtype` loaded too. (SCORM 1.2's metadata schema, named in `schemaLocation` but not
 * used by the manifest, is left out: libxml2 refuses its content models as not deterministic.)
 */
function driverSchema(version: ScormVersion): string {
  const declared = new Set(manifestNamespaces(version));
  const imports = schemaLocations(version)
    .filter(([namespace]) => declared.has(namespace))
    .map(([namespace, file]) => `  <xs:import namespace="${namespace}" schemaLocation="${file}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${imports.join('\n')}\n</xs:schema>\n`;
}

/** What is wrong with a manifest by the official schemas of its version, one line per problem; empty when it is valid. */
export async function manifestProblems(version: ScormVersion, manifest: string): Promise<string[]> {
  const decoder = new TextDecoder();
  const preload = [...schemaFiles(version)].map(([fileName, bytes]) => ({ fileName, contents: decoder.decode(bytes) }));
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: manifest }],
    schema: [{ fileName: 'manifest-driver.xsd', contents: driverSchema(version) }],
    preload,
  });
  if (result.valid) return [];
  // The schema files' own notices (ims_xml.xsd always warns about itself) are not the manifest's problems.
  const problems = result.errors.filter((error) => error.loc?.fileName === 'imsmanifest.xml').map((error) => `imsmanifest.xml:${error.loc?.lineNumber ?? '?'}: ${error.message}`);
  return problems.length > 0 ? problems : [result.rawOutput.trim()];
}
