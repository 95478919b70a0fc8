import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { buildManifest, schemaLocations } from '../../../src/lms/scorm-manifest.ts';
import { manifestProblems, schemaFiles } from '../../../scripts/lib/manifest-schemas.ts';

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses XML strictly (throws on anything not well-formed) into a small element tree. */
function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: false });
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => void (stack.at(-1)!.text += text);
  parser.write(xml).close();
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

const child = (element: XmlElement, name: string) => {
  const found = element.children.filter((c) => c.name === name);
  expect(found, `<${element.name}> has one <${name}>`).toHaveLength(1);
  return found[0]!;
};

const input = {
  identifier: 'social-literacy-academy-legal',
  title: 'Legal & compliance · "Academy" <intranet>',
  launch: 'scorm-launch/index.html',
  files: ['scorm-launch/index.html', 'index.html', '_astro/a.js', 'imsmanifest.xml', 'index.html'],
};

describe('buildManifest', () => {
  it('SCORM 1.2: IMS CP 1.1.2 with the ADL 1.2 namespace, one organization, one SCO that lists every file', () => {
    const manifest = parseXml(buildManifest({ version: '1.2', ...input }));
    expect(manifest.name).toBe('manifest');
    expect(manifest.attributes).toMatchObject({
      identifier: 'social-literacy-academy-legal',
      xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    });
    expect(manifest.attributes['xsi:schemaLocation']).toContain('http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd');
    const metadata = child(manifest, 'metadata');
    expect(child(metadata, 'schema').text).toBe('ADL SCORM');
    expect(child(metadata, 'schemaversion').text).toBe('1.2');

    const organizations = child(manifest, 'organizations');
    const organization = child(organizations, 'organization');
    expect(organizations.attributes.default).toBe(organization.attributes.identifier);
    expect(child(organization, 'title').text).toBe(input.title);
    const item = child(organization, 'item');
    const resource = child(child(manifest, 'resources'), 'resource');
    expect(item.attributes.identifierref).toBe(resource.attributes.identifier);
    expect(resource.attributes).toMatchObject({ type: 'webcontent', 'adlcp:scormtype': 'sco', href: 'scorm-launch/index.html' });
    expect(resource.attributes['adlcp:scormType']).toBeUndefined();
    // Every file once, sorted, and never the manifest itself.
    expect(resource.children.map((file) => [file.name, file.attributes.href])).toEqual([
      ['file', '_astro/a.js'],
      ['file', 'index.html'],
      ['file', 'scorm-launch/index.html'],
    ]);
    const ids = [manifest, organization, item, resource].map((e) => e.attributes.identifier);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('SCORM 2004 4th Edition: IMS CP 1.1 with the ADL 1.3 namespaces and adlcp:scormType', () => {
    const manifest = parseXml(buildManifest({ version: '2004', ...input }));
    expect(manifest.attributes).toMatchObject({
      xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
      'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
      'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
      'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
    });
    const metadata = child(manifest, 'metadata');
    expect(child(metadata, 'schema').text).toBe('ADL SCORM');
    expect(child(metadata, 'schemaversion').text).toBe('2004 4th Edition');
    const resource = child(child(manifest, 'resources'), 'resource');
    expect(resource.attributes).toMatchObject({ type: 'webcontent', 'adlcp:scormType': 'sco', href: 'scorm-launch/index.html' });
    expect(resource.attributes['adlcp:scormtype']).toBeUndefined();
  });

  it('makes any identifier a valid XML ID', () => {
    const manifest = parseXml(buildManifest({ version: '1.2', ...input, identifier: '2 tracks: IT & legal' }));
    expect(manifest.attributes.identifier).toBe('id-2-tracks-IT-legal');
  });
});

describe.each(['1.2', '2004'] as const)('SCORM %s manifest against the official schemas', (version) => {
  it('validates, with every file its xsi:schemaLocation names in the package’s schema files', async () => {
    const files = schemaFiles(version);
    for (const [, file] of schemaLocations(version)) expect([...files.keys()], file).toContain(file);
    expect(await manifestProblems(version, buildManifest({ version, ...input }))).toEqual([]);
  });

  it('names the line of a manifest the schemas refuse', async () => {
    const broken = buildManifest({ version, ...input }).replace(' type="webcontent"', '');
    expect(await manifestProblems(version, broken)).toEqual([expect.stringMatching(/^imsmanifest\.xml:\d+: .*'type' is required/)]);
  });
});
