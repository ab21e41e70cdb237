import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index.js';

describe('words it could not use are reported, stop words are not', () => {
  it.each([
    ['外地老客户费率多少', []],
    ['帮我算一下银行贷款500万的担保费', []],
    ['老客户的费率是多少？', []],
    ['银行贷款 500万 反担保 房产抵押', ['反担保', '房产抵押']],
    ['贷款500万 预算紧张', ['预算紧张']],
    ['净资产多少', ['净资产']],
    ['老板说新增贷款', ['老板说新增']],
    ['高新技术企业 500万', ['高新技术企业']],
    ['foo=bar 500万', ['foo=bar']],
    ['😀🎉', ['😀🎉']],
    ['<!channel> 帮我算一下', ['channel']],
    ['ＡＢＣ公司 500万', ['ＡＢＣ']],
    ['', []],
  ])('%s → %j', (text, unused) => {
    expect(parseInput(text).unused).toEqual(unused);
  });
});

describe('never throws; any string gives a ParsedInput', () => {
  const empty = { products: [], amounts: [], figures: {}, notes: [], errors: [] };

  it.each([[''], ['   '], ['😀'], ['<!channel>'], ['\u0000\u0001'], ['\ud800'], ['万'], ['%'], ['='], ['-']])('%j reads nothing', (text) => {
    const { unused: _unused, ...rest } = parseInput(text);
    expect(rest).toEqual(empty);
  });

  it('reads a 10000-character input and notes that it was cut', () => {
    expect(parseInput('贷款500万 '.repeat(1500)).notes).toContain('输入过长，只读取了前2000个字符');
  });

  it('still reads the start of a very long input', () => {
    expect(parseInput('贷款500万 ' + '啊'.repeat(10_000)).amount?.yuan).toBe(5_000_000);
  });

  it('holds for any string (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const p = parseInput(text);
        return Array.isArray(p.unused) && Array.isArray(p.errors) && p.amounts.every((a) => a.yuan > 0 && a.yuan <= 1e13);
      }),
      { numRuns: 500 },
    );
  });

  it('holds for strings made of the words it knows (fast-check)', () => {
    const parts = ['500', '万', '亿', '-', '元', '新', '老', '站', '合肥', '年', '个月', '%', '费率', '净资产', '预付款', '保函', '0', '.', ',', ' ', '一', '十', '百', '千', '=', 'amount', 'e'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 30 }), (words) => {
        const p = parseInput(words.join(''));
        return p.amounts.every((a) => Number.isFinite(a.yuan) && a.yuan > 0);
      }),
      { numRuns: 1000 },
    );
  });
});
