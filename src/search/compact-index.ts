import lunr from 'lunr';

/**
 * A compact form of a built lunr index. lunr's own JSON repeats every field of every term and
 * stores a float vector per document field (about 60% of the file); this keeps only the term
 * frequencies and recomputes lunr's BM25 vectors on load, exactly as lunr.Builder does, so the
 * loaded index ranks identically. It makes the index about three times smaller gzipped.
 *
 * It reads lunr.Builder internals, so it refuses what it would not carry over (document boosts,
 * term metadata) rather than ship an index that ranks differently, and it loads only an index
 * built by the lunr version the page runs.
 */
export interface CompactIndex {
  /** lunr.version the index was built with. */
  lunrVersion: string;
  /** The serialised search pipeline (e.g. ['stemmer']). */
  pipeline: string[];
  fields: { name: string; boost: number }[];
  /** Document refs, in the order they were added. */
  refs: string[];
  k1: number;
  b: number;
  /**
   * Terms in sorted order, each with lunr's own term number (vector positions follow it, so float
   * sums run in lunr's order) and its postings per field: `[fieldIndex, docIndex, tf, docIndex, tf, …]`.
   */
  terms: [term: string, termIndex: number, ...postings: number[][]][];
}

/** lunr's inverse document frequency, which its type definitions leave out. */
const idfOf = (lunr as unknown as { idf(posting: object, documentCount: number): number }).idf;

/** What compactIndex reads from a lunr.Builder after `build()`: its parameters and term frequencies. */
interface BuilderInternals {
  _ref: string;
  _fields: Record<string, { boost?: number }>;
  _k1: number;
  _b: number;
  _documents: Record<string, { boost?: number } | undefined>;
  metadataWhitelist: string[];
  searchPipeline: lunr.Pipeline;
  fieldTermFrequencies: Record<string, Record<string, number>>;
  invertedIndex: Record<string, { _index: number }>;
}

/** Compacts an index from the builder that built it (after `builder.build()`). */
export function compactIndex(builder: lunr.Builder): CompactIndex {
  const internals = builder as unknown as BuilderInternals;
  if (internals.metadataWhitelist.length > 0) {
    throw new Error(`compactIndex keeps no term metadata, but the builder records ${internals.metadataWhitelist.join(', ')}: leave builder.metadataWhitelist empty`);
  }
  for (const [ref, attributes] of Object.entries(internals._documents)) {
    if ((attributes?.boost ?? 1) !== 1) throw new Error(`compactIndex keeps no document boosts, but document "${ref}" has a boost of ${attributes!.boost}: boost fields instead`);
  }
  const fields = Object.entries(internals._fields).map(([name, options]) => ({ name, boost: options.boost ?? 1 }));
  const refs = Object.keys(internals._documents);
  const docIndex = new Map(refs.map((ref, i) => [ref, i]));
  const postings = new Map<string, Map<number, number[]>>();
  for (const [fieldRef, frequencies] of Object.entries(internals.fieldTermFrequencies)) {
    // lunr's FieldRef format: "<field>/<docRef>" (field names cannot contain "/").
    const slash = fieldRef.indexOf('/');
    const [fieldName, docRef] = [fieldRef.slice(0, slash), fieldRef.slice(slash + 1)];
    const field = fields.findIndex((f) => f.name === fieldName);
    for (const [term, tf] of Object.entries(frequencies)) {
      const byField = postings.get(term) ?? new Map<number, number[]>();
      postings.set(term, byField);
      const list = byField.get(field) ?? [];
      byField.set(field, list);
      list.push(docIndex.get(docRef)!, tf);
    }
  }
  const terms = [...postings.keys()]
    .sort()
    .map((term): CompactIndex['terms'][number] => [term, internals.invertedIndex[term]._index, ...[...postings.get(term)!].sort(([a], [b]) => a - b).map(([field, list]) => [field, ...list])]);
  return {
    lunrVersion: lunr.version,
    pipeline: internals.searchPipeline.toJSON() as unknown as string[],
    fields,
    refs,
    k1: internals._k1,
    b: internals._b,
    terms,
  };
}

/** Rebuilds lunr's serialised index from the compact form, ready for `lunr.Index.load`. Throws for another lunr version. */
export function expandIndex(compact: CompactIndex): object {
  // The vectors are recomputed with this page's lunr: only the version that built the index is known to match.
  if (compact.lunrVersion !== lunr.version) throw new Error(`The search index was built with lunr ${compact.lunrVersion}; this page runs lunr ${lunr.version}: rebuild the site.`);
  const { fields, refs, k1, b } = compact;
  const documentCount = refs.length;
  // Per field and document: term frequencies and the field length (lunr counts terms after the pipeline).
  const frequencies = fields.map(() => refs.map(() => new Map<number, number>()));
  const lengths = fields.map(() => refs.map(() => 0));
  const invertedIndex = compact.terms.map(([term, termIndex, ...postings]) => {
    const posting: Record<string, unknown> = { _index: termIndex };
    for (const field of fields) posting[field.name] = {};
    for (const [field, ...list] of postings) {
      const docs = posting[fields[field].name] as Record<string, object>;
      for (let i = 0; i < list.length; i += 2) {
        docs[refs[list[i]]] = {};
        frequencies[field][list[i]].set(termIndex, list[i + 1]);
        lengths[field][list[i]] += list[i + 1];
      }
    }
    return [term, posting] as const;
  });

  const idf = new Map(invertedIndex.map(([, posting]) => [posting._index as number, idfOf(posting, documentCount)]));
  const fieldVectors: [string, number[]][] = [];
  fields.forEach((field, f) => {
    const average = lengths[f].reduce((sum, length) => sum + length, 0) / documentCount;
    refs.forEach((ref, d) => {
      const elements: number[] = [];
      for (const [termIndex, tf] of [...frequencies[f][d]].sort(([a], [z]) => a - z)) {
        // lunr.Builder#createFieldVectors, step for step, so scores match to the bit.
        let score = (idf.get(termIndex)! * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (lengths[f][d] / average)) + tf);
        score *= field.boost;
        elements.push(termIndex, Math.round(score * 1000) / 1000);
      }
      fieldVectors.push([`${field.name}/${ref}`, elements]);
    });
  });

  return { version: compact.lunrVersion, fields: fields.map((f) => f.name), fieldVectors, invertedIndex, pipeline: compact.pipeline };
}
