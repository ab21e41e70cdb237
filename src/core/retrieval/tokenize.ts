/**
 * Terms for BM25. `Intl.Segmenter` alone is unreliable on this vocabulary (it splits 费率 into 费|率,
 * 保险理赔 into 保险|理|赔), so a text becomes: every pair of adjacent Han characters (bigrams, the
 * backbone), the segmenter's words of two or more characters (prefixed `w:`, rewarding whole words),
 * Han single characters at a low weight (so one-character words such as 写 still count), and
 * Latin/digit words (crm, cpi, 1000). Input must already be normalised (normalize.ts).
 */

const HAN = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Characters too common to carry meaning on their own (they still count inside bigrams). */
const STOP_CHARS = new Set([...'的是了在和与等有要也就都而及或之其对为以于把被让这那个一不们我你他它吗呢吧啊呀么什怎哪几多少该会能可请问下样啥些得着过如']);

/** Weight of a single Han character relative to a bigram. */
export const UNIGRAM_WEIGHT = 0.3;

export type Terms = Map<string, number>;

function add(terms: Terms, term: string, weight: number): void {
  terms.set(term, (terms.get(term) ?? 0) + weight);
}

/** Adds the terms of `text` to `terms`, each occurrence counting `weight`. */
export function addTerms(terms: Terms, text: string, weight = 1): Terms {
  // 的 is dropped before pairing, so 客户的分类 and 客户分类 make the same bigrams.
  for (const run of text.replace(/的/g, '').match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!;
      if (!STOP_CHARS.has(c)) add(terms, c, weight * UNIGRAM_WEIGHT);
      const next = chars[i + 1];
      if (next !== undefined) add(terms, c + next, weight);
    }
  }
  for (const w of words(text)) if (HAN.test(w) && [...w].length >= 2) add(terms, `w:${w}`, weight);
  for (const w of text.match(/[a-z0-9]+(?:\.[0-9]+)?/g) ?? []) add(terms, w, weight);
  return terms;
}

export function termsOf(text: string, weight = 1): Terms {
  return addTerms(new Map(), text, weight);
}

/** A word-like segment and where it starts in the text. */
export interface Segment {
  segment: string;
  index: number;
}

let last: { text: string; segments: Segment[] } | undefined;

/** The segmenter's word-like segments with their offsets; the last text's are kept (a question is segmented once, not per use). */
export function segments(text: string): Segment[] {
  if (last?.text !== text) {
    const out: Segment[] = [];
    for (const s of segmenter.segment(text)) if (s.isWordLike) out.push({ segment: s.segment, index: s.index });
    last = { text, segments: out };
  }
  return last.segments;
}

/** The segmenter's word-like segments. */
export function words(text: string): string[] {
  return segments(text).map((s) => s.segment);
}
