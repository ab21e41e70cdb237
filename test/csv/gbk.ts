/**
 * Text → GBK bytes for tests, from the platform's own GBK decoder run backwards (no iconv-lite):
 * every double-byte code 0x81–0xFE × 0x40–0xFE decoded once, then looked up per character.
 */
let table: Map<string, number[]> | undefined;

function reverse(): Map<string, number[]> {
  if (table) return table;
  const dec = new TextDecoder('gbk', { fatal: true });
  table = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      try {
        const ch = dec.decode(new Uint8Array([lead, trail]));
        if (!table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a GBK code
      }
    }
  }
  return table;
}

/** The GBK bytes of `text`; throws on a character GBK cannot write. */
export function gbk(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    const b = reverse().get(ch);
    if (!b) throw new Error(`no GBK code for ${ch}`);
    out.push(...b);
  }
  return new Uint8Array(out);
}

/** Latin-1 bytes (each character below U+0100 is one byte). */
export const latin1 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
