/** A view's private_metadata within Slack's limit, measured after JSON encoding. Pure. */
import { graphemes } from '../core/text/graphemes.js';

/** Slack refuses a view whose private_metadata is longer than this (characters). */
export const PRIVATE_METADATA_MAX = 3000;

/**
 * JSON of `meta` within `max` characters: if too long, `meta[cut]` (a string) is shortened, by
 * whole graphemes, until the encoded form fits (quotes, backslashes, newlines and control
 * characters grow when encoded, so cutting before encoding is not enough).
 * @example encodeMetadata({ text: '"'.repeat(2000) }, 'text').length // ≤ 3000
 */
export function encodeMetadata<T extends Record<string, unknown>>(meta: T, cut: keyof T & string, max = PRIVATE_METADATA_MAX): string {
  const full = JSON.stringify(meta);
  if (full.length <= max) return full;
  const parts = graphemes(String(meta[cut] ?? ''));
  let lo = 0;
  let hi = parts.length;
  // The longest prefix whose encoding fits.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (JSON.stringify({ ...meta, [cut]: parts.slice(0, mid).join('') }).length <= max) lo = mid;
    else hi = mid - 1;
  }
  const out = JSON.stringify({ ...meta, [cut]: parts.slice(0, lo).join('') });
  if (out.length > max) throw new Error(`private_metadata over ${max} characters even without ${cut}`);
  return out;
}
