import { describe, expect, it, vi } from 'vitest';
import { createSearchLoader } from '../../../src/search/load-index.ts';
import { sampleSearch } from '../../helpers/search.ts';

const respond = (body: unknown, status = 200) => Promise.resolve({ ok: status < 400, status, json: () => Promise.resolve(body) });

describe('createSearchLoader', () => {
  it('fetches the index once, however often it is asked', async () => {
    const fetch = vi.fn(() => respond(sampleSearch().data));
    const load = createSearchLoader({ url: '/base/search-index.json', fetch });
    expect(fetch).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(second);
    expect(await load()).toBe(first);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('/base/search-index.json');
    expect(first.run('guitar').hits[0].document.path).toBe('/case-studies/guitar-song/');
    const presented = first.present(first.run('guitar').hits[0]);
    expect(presented.title.some((segment) => segment.match && segment.text === 'guitar')).toBe(true);
  });

  it('reports a failed request, and tries again on the next call', async () => {
    const fetch = vi.fn().mockImplementationOnce(() => respond('Not found', 404)).mockImplementationOnce(() => Promise.reject(new TypeError('offline'))).mockImplementation(() => respond(sampleSearch().data));
    const load = createSearchLoader({ url: '/search-index.json', fetch });
    await expect(load()).rejects.toThrow('HTTP 404');
    await expect(load()).rejects.toThrow('offline');
    await expect(load()).resolves.toHaveProperty('run');
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('refuses an index file of another version or shape', async () => {
    const { data } = sampleSearch();
    for (const body of [{ ...data, version: 0 }, { ...data, documents: 'x' }, null, 'text']) {
      await expect(createSearchLoader({ url: '/i.json', fetch: () => respond(body) })()).rejects.toThrow('another version');
    }
  });

  it('reports an index lunr cannot load', async () => {
    const { data } = sampleSearch();
    await expect(createSearchLoader({ url: '/i.json', fetch: () => respond({ ...data, index: { version: '2.3.9' } }) })()).rejects.toThrow();
  });
});
