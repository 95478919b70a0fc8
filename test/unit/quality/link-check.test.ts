import { describe, expect, it } from 'vitest';
import { checkLinks, servedPath } from '../../../scripts/lib/link-check.ts';

const page = (path: string, body: string) => ({ path, html: `<!doctype html><html><body>${body}</body></html>` });

describe('checkLinks', () => {
  const base = '/training/';
  const site = [
    page('index.html', '<a href="/training/tracks/it/">IT</a><a href="/training/tracks/it/#quiz">Quiz</a><link rel="icon" href="/training/favicon.svg">'),
    page('tracks/it/index.html', '<h2 id="quiz">Quiz</h2><a href="../../">Home</a><a href="https://example.com/report">A source</a><a href="mailto:a@b.c">Mail</a>'),
    { path: 'favicon.svg' },
  ];

  it('accepts a site whose links, anchors and assets all resolve under the base path', () => {
    expect(checkLinks(site, base)).toEqual([]);
  });

  it('reports missing pages, missing anchors, links outside the base and loads from other hosts', () => {
    const broken = [
      ...site,
      page('broken/index.html', [
        '<a href="/training/tracks/legal/">gone</a>',
        '<a href="/training/tracks/it/#nothing">no anchor</a>',
        '<a href="/tracks/it/">no base</a>',
        '<img src="https://cdn.example.com/logo.png" alt="">',
        '<script src="//cdn.example.com/x.js"></script>',
      ].join('')),
    ];
    expect(checkLinks(broken, base)).toEqual([
      { page: 'broken/index.html', target: 'https://cdn.example.com/logo.png', reason: '<img> loads from another host — ship the file in public/ instead' },
      { page: 'broken/index.html', target: '//cdn.example.com/x.js', reason: '<script> loads from another host — ship the file in public/ instead' },
      { page: 'broken/index.html', target: '/training/tracks/legal/', reason: 'no such page or file' },
      { page: 'broken/index.html', target: '/training/tracks/it/#nothing', reason: 'no element with id "nothing" on that page' },
      { page: 'broken/index.html', target: '/tracks/it/', reason: 'points outside the base path /training/' },
    ]);
  });

  it('maps files to the paths they are served at', () => {
    expect(servedPath('/', 'index.html')).toBe('/');
    expect(servedPath('/a/', 'tracks/it/index.html')).toBe('/a/tracks/it/');
    expect(servedPath('/a/', 'search-index.json')).toBe('/a/search-index.json');
  });
});
