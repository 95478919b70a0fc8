import lunr from 'lunr';
import { isFragment, isPairBucket, isSearchManifest, isTermShard, type Fragment, type SearchManifest, type TermShard } from './search-data.ts';
import { pairLocation, shardFileName, shardForTerm, shardsForPrefix, vocabularyFile } from './shards.ts';
import { decodeWordList, isWordList } from './word-list.ts';

/** Reads a file of the index folder by its path there (`index.json`, `t/gu.json`), parsed. */
export type IndexFile = (path: string) => Promise<unknown>;

/** What lunr.Index keeps, which its type definitions leave out: the engine fills them shard by shard. */
interface IndexAttributes {
  fields: string[];
  invertedIndex: Record<string, Record<string, unknown>>;
  fieldVectors: Record<string, lunr.Vector>;
  tokenSet: lunr.TokenSet;
  pipeline: lunr.Pipeline;
}

/** Parts of lunr that its type definitions leave out. */
const lunrParts = lunr as unknown as {
  QueryParser: new (text: string, query: lunr.Query) => { parse(): void };
  TokenSet: { fromArray(words: string[]): lunr.TokenSet; fromFuzzyString(term: string, distance: number): lunr.TokenSet };
};
type Pipeline = { runString(text: string, metadata: object): string[] };

/** A lunr clause as the query builder leaves it (lunr's types omit `editDistance`). */
type Clause = lunr.Query.Clause & { editDistance?: number };

/**
 * The course index as the browser holds it: lunr itself, over the part of the index that has
 * been fetched. Before each query the engine works out, from the query's own clauses, which term
 * shards may hold a matching term (a term's shard for a plain word, every shard under a prefix for
 * `word*`, the shards of the terms within the edit distance for `word~1`), fetches the missing
 * ones, and then lets `lunr.Index#query` run unchanged. lunr reads only the postings and field
 * vectors of matching terms, and those are complete, so results, scores and their order are
 * exactly those of `lunr.Index.search` over the whole index (test/unit/search/engine.test.ts).
 */
export class SearchEngine {
  readonly manifest: SearchManifest;
  /** The page of each document. */
  readonly pageOf: number[];
  private readonly file: IndexFile;
  private readonly attributes: IndexAttributes;
  private readonly loadedShards = new Map<string, Promise<void>>();
  private readonly terms: string[] = [];
  private index: lunr.Index | undefined;
  private allTerms: Promise<lunr.TokenSet> | undefined;

  private constructor(manifest: SearchManifest, file: IndexFile) {
    this.manifest = manifest;
    this.file = file;
    this.pageOf = manifest.pages.flatMap(([, documents], page) => Array.from({ length: documents }, () => page));
    const fieldVectors: Record<string, lunr.Vector> = {};
    // Every document has a vector per field, in lunr.Builder's order (document by document), as a
    // negated query (`-word`) lists them all.
    for (let doc = 0; doc < this.pageOf.length; doc++) for (const field of manifest.fields) fieldVectors[`${field}/${doc}`] = new lunr.Vector([]);
    this.attributes = { fields: manifest.fields, invertedIndex: Object.create(null), fieldVectors, tokenSet: new lunr.TokenSet(), pipeline: lunr.Pipeline.load(manifest.pipeline as never) };
  }

  /** Opens the index: fetches and checks the manifest. */
  static async open(file: IndexFile): Promise<SearchEngine> {
    const manifest = await file('index.json');
    if (!isSearchManifest(manifest)) throw new Error('The search index is from another version of the course: rebuild the site.');
    // Weights are lunr's own; only the version that computed them is known to score them the same way.
    if (manifest.lunrVersion !== lunr.version) throw new Error(`The search index was built with lunr ${manifest.lunrVersion}; this page runs lunr ${lunr.version}: rebuild the site.`);
    return new SearchEngine(manifest, file);
  }

  /** lunr's `Index#search`: the query language, parsed by lunr. Throws lunr.QueryParseError for syntax lunr cannot read. */
  search(queryString: string): Promise<lunr.Index.Result[]> {
    return this.query((query) => new lunrParts.QueryParser(queryString, query).parse());
  }

  /** lunr's `Index#query`, after fetching every shard the query's clauses may match. */
  async query(build: (query: lunr.Query) => void): Promise<lunr.Index.Result[]> {
    const planned = new lunr.Query(this.manifest.fields);
    build.call(planned, planned);
    await this.loadShards(await this.shardsFor(planned.clauses as Clause[]));
    if (!this.index) {
      // The token set lunr expands query terms against: every term fetched so far.
      this.terms.sort();
      this.attributes.tokenSet = lunrParts.TokenSet.fromArray(this.terms);
      this.index = new lunr.Index(this.attributes as never);
    }
    return this.index.query(build);
  }

  /** Whether the index has this term (after the search pipeline), fetching its shard if need be. */
  async hasTerm(term: string): Promise<boolean> {
    const key = shardForTerm(this.manifest.shards, term);
    if (key === undefined) return false;
    await this.loadShards([key]);
    return term in this.attributes.invertedIndex;
  }

  /** The documents that contain each of these pairs of neighbouring terms (terms.ts `pairKey`). */
  async pairDocuments(pairs: readonly string[]): Promise<Map<string, Set<number>>> {
    const found = new Map<string, Set<number>>();
    await Promise.all(
      pairs.map(async (pair) => {
        const { hash, bucket } = pairLocation(pair, this.manifest.pairBuckets);
        const entries = await this.file(`p/${bucket}.json`);
        if (!isPairBucket(entries)) throw new Error(`The search's pair file ${bucket} is damaged: rebuild the site.`);
        const entry = entries.find(([candidate]) => candidate === hash);
        let doc = 0;
        found.set(pair, new Set(entry ? entry.slice(1).map((gap) => (doc += Number(gap))) : []));
      }),
    );
    return found;
  }

  /** What a result shows of a document. */
  async fragment(doc: number): Promise<Fragment> {
    const fragment = await this.file(`f/${doc}.json`);
    if (!isFragment(fragment)) throw new Error(`The search's result file ${doc} is damaged: rebuild the site.`);
    return fragment;
  }

  /** The respelling vocabulary for words that start as `word` does, common words ranked highest (none: []). */
  async vocabulary(word: string): Promise<{ word: string; rank: number }[]> {
    let list: unknown;
    try {
      list = await this.file(vocabularyFile(word));
    } catch {
      return []; // no word of the course starts that way
    }
    if (!isWordList(list)) throw new Error('The search vocabulary is damaged: rebuild the site.');
    return decodeWordList(list);
  }

  /** The shard keys a query's clauses need, as lunr will expand each clause's terms. */
  private async shardsFor(clauses: readonly Clause[]): Promise<string[]> {
    const keys = new Set<string>();
    const { shards } = this.manifest;
    for (const clause of clauses) {
      const terms = clause.usePipeline ? (this.attributes.pipeline as unknown as Pipeline).runString(clause.term, { fields: clause.fields }) : [clause.term];
      for (const term of terms) {
        if (clause.editDistance !== undefined) {
          for (const match of await this.fuzzyMatches(term, clause.editDistance)) keys.add(shardForTerm(shards, match)!);
        } else if (term.includes('*')) {
          for (const key of shardsForPrefix(shards, term.slice(0, term.indexOf('*')))) keys.add(key);
        } else {
          const key = shardForTerm(shards, term);
          if (key !== undefined) keys.add(key);
        }
      }
    }
    return [...keys];
  }

  /** Index terms within `distance` edits of `term`, as lunr's fuzzy matching finds them (from the full term list). */
  private async fuzzyMatches(term: string, distance: number): Promise<string[]> {
    this.allTerms ??= this.file('terms.json').then((list) => {
      if (!isWordList(list)) throw new Error('The search term list is damaged: rebuild the site.');
      return lunrParts.TokenSet.fromArray(decodeWordList(list).map(({ word }) => word));
    });
    this.allTerms.catch(() => (this.allTerms = undefined));
    return (await this.allTerms).intersect(lunrParts.TokenSet.fromFuzzyString(term, distance)).toArray();
  }

  private async loadShards(keys: readonly string[]): Promise<void> {
    await Promise.all(
      keys.map((key) => {
        let loading = this.loadedShards.get(key);
        if (!loading) {
          loading = this.file(`t/${shardFileName(key)}.json`).then((shard) => {
            if (!isTermShard(shard)) throw new Error(`The search's term file "${key}" is damaged: rebuild the site.`);
            this.addShard(shard);
          });
          this.loadedShards.set(key, loading);
          loading.catch(() => this.loadedShards.delete(key));
        }
        return loading;
      }),
    );
  }

  private addShard(shard: TermShard): void {
    const { fields, invertedIndex, fieldVectors } = this.attributes;
    for (const [term, termIndex, ...postings] of shard) {
      if (term in invertedIndex) continue;
      const posting: Record<string, unknown> = { _index: termIndex };
      for (const field of fields) posting[field] = {};
      for (const [field, ...list] of postings) {
        const name = fields[field];
        const docs = posting[name] as Record<string, object>;
        let doc = 0;
        for (let i = 0; i < list.length; i += 2) {
          doc += list[i];
          docs[doc] = {};
          // lunr stores the weight rounded to thousandths; n / 1000 is that same number.
          fieldVectors[`${name}/${doc}`].insert(termIndex, list[i + 1] / 1000);
        }
      }
      invertedIndex[term] = posting;
      this.terms.push(term);
    }
    this.index = undefined;
  }

  /** For tests: the shard keys fetched so far. */
  get fetchedShards(): string[] {
    return [...this.loadedShards.keys()].sort();
  }
}
