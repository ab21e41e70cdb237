/**
 * The text being parsed and which of its characters are already used. Each reader takes
 * the spans it understood; what stays free at the end is reported as unused.
 */

/** Stands for a used character in `view`: not whitespace, so `\s*` never crosses it. */
export const MASK = '\u0001';

export interface Scan {
  /** The normalised text (same length as `original`). */
  readonly text: string;
  /** The text as typed; sources are cut from it. */
  readonly original: string;
  readonly used: boolean[];
  /** Spans of shield words (老板, 高新技术 …): place/status/industry words must not cut into them. */
  shields: Array<readonly [number, number]>;
}

export function newScan(text: string, original: string): Scan {
  return { text, original, used: Array.from({ length: text.length }, () => false), shields: [] };
}

/** The text with used characters replaced by MASK. */
export function view(s: Scan): string {
  let out = '';
  for (let i = 0; i < s.text.length; i += 1) out += s.used[i] ? MASK : s.text[i];
  return out;
}

export function take(s: Scan, start: number, end: number): void {
  for (let i = start; i < end; i += 1) s.used[i] = true;
}

/** The original text of a span, trimmed. */
export function sourceOf(s: Scan, start: number, end: number): string {
  return s.original.slice(start, end).trim();
}

/** True when a shield word overlaps the span without lying wholly inside it. */
export function cutsShield(s: Scan, start: number, end: number): boolean {
  return s.shields.some(([a, b]) => a < end && b > start && (a < start || b > end));
}
