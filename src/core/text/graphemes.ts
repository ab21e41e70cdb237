/**
 * Cutting text between user-perceived characters (graphemes), for every length limit: Slack's
 * Block Kit limits (src/blocks/escape.ts `clip`), what the parser reads, what the archive stores.
 * A cut never leaves half an emoji or a lone surrogate. Pure.
 */
const GRAPHEMES = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** The user-perceived characters of `s` (an emoji with its modifiers is one). */
export function graphemes(s: string): string[] {
  return Array.from(GRAPHEMES.segment(s), (g) => g.segment);
}

/**
 * The last grapheme boundary at or before `at`. Only a window around `at` is segmented
 * (Intl.Segmenter over a whole long string is slow); 64 units back is far more than any
 * grapheme but a run of flags, whose pairing could shift by one.
 */
export function graphemeCut(s: string, at: number): number {
  if (at >= s.length) return s.length;
  const from = Math.max(0, at - 64);
  let cut = from;
  for (const g of GRAPHEMES.segment(s.slice(from, at + 32))) {
    const end = from + g.index + g.segment.length;
    if (end > at) break;
    cut = end;
  }
  return cut;
}

/**
 * At most `max` UTF-16 units of `s`, cut between graphemes (no marker).
 * @example cutText('客户👍🏽', 3) // '客户'
 */
export function cutText(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, graphemeCut(s, max));
}
