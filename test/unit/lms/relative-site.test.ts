import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../scripts/lib/link-check.ts';
import { packageProblems, relativiseText, rootPrefix, withIndexFile } from '../../../src/lms/relative-site.ts';

const M = '/base-marker/';

describe('relativiseText', () => {
  it('makes page links relative to the page and names their index.html', () => {
    const html = `<a href="${M}">Home</a><a href="${M}tracks/it/">IT</a><a href="${M}tracks/it/a/#quiz">Quiz</a><form action="${M}search/"></form>`;
    expect(relativiseText('tracks/it/index.html', html, M)).toBe(
      '<a href="../../index.html">Home</a><a href="../../tracks/it/index.html">IT</a><a href="../../tracks/it/a/index.html#quiz">Quiz</a><form action="../../search/index.html"></form>',
    );
    expect(relativiseText('index.html', `<a href="${M}progress/">P</a>`, M)).toBe('<a href="./progress/index.html">P</a>');
  });

  it('rewrites assets, island URLs and JSON data in pages, and keeps the bare base a prefix outside links', () => {
    const html = `<link rel="stylesheet" href="${M}_astro/a.css"><astro-island component-url="${M}_astro/Quiz.js" renderer-url="${M}_astro/client.js" props="{&quot;base&quot;:[0,&quot;${M}&quot;],&quot;href&quot;:[0,&quot;${M}tracks/it/&quot;]}"></astro-island><script type="application/json">[{"href":"${M}certificate/it/"}]</script><form data-index-url="${M}search-index.json"></form>`;
    expect(relativiseText('search/index.html', html, M)).toBe(
      '<link rel="stylesheet" href="../_astro/a.css"><astro-island component-url="../_astro/Quiz.js" renderer-url="../_astro/client.js" props="{&quot;base&quot;:[0,&quot;../&quot;],&quot;href&quot;:[0,&quot;../tracks/it/index.html&quot;]}"></astro-island><script type="application/json">[{"href":"../certificate/it/index.html"}]</script><form data-index-url="../search-index.json"></form>',
    );
  });

  it('keeps the search index folder a folder: the search code adds its file names to it', () => {
    const html = `<form action="${M}search/" data-search-folder="${M}search-index/3f9a0c12d4/" data-search-base="${M}"></form>`;
    expect(relativiseText('tracks/it/index.html', html, M)).toBe('<form action="../../search/index.html" data-search-folder="../../search-index/3f9a0c12d4/" data-search-base="../../"></form>');
  });

  it('resolves URLs in scripts and styles against their own folder', () => {
    expect(relativiseText('_astro/preload-helper.js', 'function t(e){return`' + M + '`+e}', M)).toBe('function t(e){return`../`+e}');
    expect(relativiseText('_astro/a.css', `a{background:url(${M}logo.svg)}`, M)).toBe('a{background:url(../logo.svg)}');
  });

  it('leaves text without the marker alone', () => {
    expect(relativiseText('index.html', '<a href="https://example.com/">x</a>', M)).toBe('<a href="https://example.com/">x</a>');
    expect(rootPrefix('a/b/c.html')).toBe('../../');
  });
});

describe('packageProblems', () => {
  it('accepts relative links to files, anchors, other schemes and hosts', () => {
    const files = new Map([['tracks/it/index.html', '<a href="../../index.html#x">a</a><a href="#main">b</a><a href="mailto:x@example.com">c</a><a href="https://example.com/">d</a><img src="../../logo.svg">']]);
    expect(packageProblems(files, M)).toEqual([]);
  });

  it('finds root-relative URLs, folder links and leftover markers', () => {
    const files = new Map([
      ['index.html', '<a href="/tracks/it/">a</a><a href="tracks/it/">b</a><a href="./">c</a><astro-island component-url="/_astro/x.js"></astro-island>'],
      ['_astro/x.js', `fetch("${M}x")`],
    ]);
    expect(packageProblems(files, M)).toEqual([
      { file: 'index.html', reference: '/tracks/it/' },
      { file: 'index.html', reference: 'tracks/it/' },
      { file: 'index.html', reference: './' },
      { file: 'index.html', reference: '/_astro/x.js' },
      { file: '_astro/x.js', reference: M },
    ]);
  });

  it('leaves a relativised site whose links all resolve', () => {
    const pages = {
      'index.html': `<a href="${M}tracks/it/">IT</a>`,
      'tracks/it/index.html': `<a href="${M}">Home</a><a href="${M}tracks/it/a/#quiz">A</a>`,
      'tracks/it/a/index.html': `<section id="quiz"><a href="${M}tracks/it/">Back</a></section>`,
    };
    const rewritten = new Map(Object.entries(pages).map(([path, html]) => [path, relativiseText(path, html, M)]));
    expect(packageProblems(rewritten, M)).toEqual([]);
    expect(checkLinks([...rewritten].map(([path, html]) => ({ path, html })), '/')).toEqual([]);
  });
});

describe('withIndexFile', () => {
  const page = 'https://lms.example/content/pkg/search/index.html?q=x';
  it('adds index.html to links to folders of the same site', () => {
    expect(withIndexFile('../tracks/it/', page)).toBe('https://lms.example/content/pkg/tracks/it/index.html');
    expect(withIndexFile('../tracks/it/?a=1#b', page)).toBe('https://lms.example/content/pkg/tracks/it/index.html?a=1#b');
  });
  it('leaves files, other hosts and nonsense alone', () => {
    expect(withIndexFile('../tracks/it/index.html', page)).toBeUndefined();
    expect(withIndexFile('https://example.com/', page)).toBeUndefined();
    expect(withIndexFile('mailto:x@example.com', page)).toBeUndefined();
    expect(withIndexFile('http://[bad', page)).toBeUndefined();
  });
});
