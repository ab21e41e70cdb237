/** #13 item 7: the one sanitiser (src/core/text/sanitize.ts), case by case. */
import { describe, expect, it } from 'vitest';
import { defang, makeSlackSafe } from '../../src/core/guard/output-safety.js';
import { sanitizeText } from '../../src/core/text/sanitize.js';

describe('sanitizeText', () => {
  it.each([
    ['mention markers', '\uE000U0123ABC\uE001 星河', 'U0123ABC 星河'],
    ['a lone marker', '星\uE000河', '星河'],
    ['RLO (U+202E)', '星河\u202Egpj.exe', '星河gpj.exe'],
    ['bidi embeddings and isolates', '\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069星河', '星河'],
    ['LRM / RLM / ALM', '星\u200E河\u200F\u061C', '星河'],
    ['NUL', '星\u0000河', '星河'],
    ['ANSI colour', '\u001b[31m星河\u001b[0m', '星河'],
    ['ANSI OSC title', '\u001b]0;pwned\u0007星河', '星河'],
    ['C1 CSI', '\u009b31m星河', '星河'],
    ['other C0 and DEL', '星\u0007\u0008\u000B\u000C\u007F河', '星河'],
    ['C1 controls', '星\u0085\u0090河', '星河'],
    ['CR LF → LF', '第一行\r\n第二行\r第三行', '第一行\n第二行\n第三行'],
    ['line / paragraph separators → LF', '甲\u2028乙\u2029丙', '甲\n乙\n丙'],
    ['tab and LF stay', '甲\t乙\n丙', '甲\t乙\n丙'],
    ['ordinary text unchanged', '合肥星河科技有限公司 500万 @张总 <b>', '合肥星河科技有限公司 500万 @张总 <b>'],
  ])('%s', (_, input, out) => {
    expect(sanitizeText(input)).toBe(out);
  });

  it('singleLine: line breaks and tabs become one space', () => {
    expect(sanitizeText('星河\r\n科技\t公司', { singleLine: true })).toBe('星河 科技 公司');
  });

  it('is idempotent', () => {
    const s = '\u001b[1m\uE000U1\uE001\u202E星\u0000河\r\n';
    expect(sanitizeText(sanitizeText(s))).toBe(sanitizeText(s));
  });
});

describe('model output goes through it', () => {
  it('defang (visit drafts) strips mention markers, so a draft can never mention anyone', () => {
    const r = defang('拜访对象：\uE000U0999XYZ\uE001 王总');
    expect(r.text).not.toMatch(/[\uE000\uE001]/);
    expect(r.neutralised).toContain('control');
  });

  it('makeSlackSafe (reworded replies) strips markers and ANSI', () => {
    const r = makeSlackSafe('费率1.8%\uE000U0999XYZ\uE001\u001b[31m');
    expect(r.text).toBe('费率1.8%U0999XYZ');
    expect(r.neutralised).toContain('control');
  });
});
