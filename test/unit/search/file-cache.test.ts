import { describe, expect, it, vi } from 'vitest';
import { COPY_KEY_PREFIX, createFileCache } from '../../../src/search/file-cache.ts';

const respond = (body: string, status = 200) => Promise.resolve({ ok: status < 400, status, text: () => Promise.resolve(body) });
const memory = () => {
  const values = new Map<string, string>();
  return { values, getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
};

describe('createFileCache', () => {
  it('fetches a file once, however often and from however many places it is asked', async () => {
    const fetch = vi.fn(() => respond('{"a":1}'));
    const file = createFileCache({ folder: '/base/search-index/abc/', fetch });
    const [first, second] = await Promise.all([file('t/gu.json'), file('t/gu.json')]);
    expect(first).toEqual({ a: 1 });
    expect(second).toBe(first);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('/base/search-index/abc/t/gu.json');
  });

  it('keeps copies for the tab: the next page reads them without fetching, whatever the server’s headers', async () => {
    const storage = memory();
    const fetch = vi.fn(() => respond('[1,2]'));
    await createFileCache({ folder: '/s/', fetch, storage })('index.json');
    expect(storage.values.get(`${COPY_KEY_PREFIX}/s/index.json`)).toBe('[1,2]');
    const nextPage = createFileCache({ folder: '/s/', fetch, storage });
    expect(await nextPage('index.json')).toEqual([1, 2]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('fetches again over a damaged copy, and works when storage is full or blocked', async () => {
    const storage = memory();
    storage.values.set(`${COPY_KEY_PREFIX}/s/x.json`, '{broken');
    expect(await createFileCache({ folder: '/s/', fetch: () => respond('"ok"'), storage })('x.json')).toBe('ok');
    const throwing = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); } };
    expect(await createFileCache({ folder: '/s/', fetch: () => respond('"ok"'), storage: throwing })('x.json')).toBe('ok');
  });

  it('reports a failed request, and tries again on the next call', async () => {
    const fetch = vi.fn().mockImplementationOnce(() => respond('Not found', 404)).mockImplementationOnce(() => Promise.reject(new TypeError('offline'))).mockImplementation(() => respond('1'));
    const file = createFileCache({ folder: '/s/', fetch });
    await expect(file('index.json')).rejects.toThrow('HTTP 404');
    await expect(file('index.json')).rejects.toThrow('offline');
    await expect(file('index.json')).resolves.toBe(1);
  });
});
