/**
 * Issue #12, round 2: in-scope questions answered 手册未涉及, by mechanism (docs/handbook-data.md, Coverage and Typos).
 * - An ordinary handbook word typed by pinyin a character off (拜防, 谈盘, 客护): data/typos.json reads it as the word.
 * - A verb with the measure word 点 (做点, 搞点 啥): a filler, counted in coverage only where the section has it.
 * - 保老客户 / 拉新客户: the handbook says 客户保持 / 争取到新客户 (synonym groups).
 * - A short question scoring under SCORE_MIN whose every counted word the section covers (two at least) is answered
 *   from SCORE_FLOOR; one counted word (客户吃了没) is not enough.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import scopeRaw from '../../../data/scope.json' with { type: 'json' };
import { answerMessage } from '../../../src/core/intents/respond.js';
import { normalize } from '../../../src/core/retrieval/normalize.js';
import { correctWordTypos, wordTypos } from '../../../src/core/retrieval/product-typo.js';

const handbook = normalize(readFileSync(new URL('../../../data/handbook/handbook.txt', import.meta.url), 'utf8'));
const scopeWords = scopeRaw.topics.flatMap((t) => t.words);
const answered = (q: string): string[] => {
  const r = answerMessage(q);
  return r?.key === 'handbook.not_covered' ? [] : (r?.sections ?? []);
};

describe('typos in ordinary words (data/typos.json)', () => {
  it.each([...wordTypos])('%s → %s: the word is the handbook’s, the near form one character off and nowhere in the handbook', (form, word) => {
    expect(handbook).toContain(word);
    expect(handbook).not.toContain(form);
    expect([...form].length).toBe([...word].length);
    expect([...form].filter((c, i) => c !== [...word][i]).length).toBe(1);
    expect(scopeWords.some((w) => w.includes(form) || form.includes(w))).toBe(false);
  });

  it('reads the near form as the word, and leaves other text alone', () => {
    expect(correctWordTypos('拜防客户前要准备啥')).toBe('拜访客户前要准备啥');
    expect(correctWordTypos('跟客护谈盘')).toBe('跟客户谈判');
    expect(correctWordTypos('拜访客户前要准备啥')).toBe('拜访客户前要准备啥');
  });

  it.each(['民营消费贷担保费率多少', '差旅费谁承担报销', '评估费律师费谁出'])('a near form inside a scope word is left: %s stays out of scope', (q) => {
    expect(correctWordTypos(q)).toBe(q);
    expect(answerMessage(q)?.key).not.toBe('handbook.answer');
  });

  it.each([
    ['第一次拜防新客户要注意啥', '4.2'],
    ['谈盘要注意哪几点', '8.3.2'],
    ['客护老是拖着不签咋办', '5.8'],
  ])('%s → %s', (q, id) => {
    expect(answered(q)[0]).toBe(id);
  });
});

describe('after the deal, 做点/搞点 啥 → 6', () => {
  it.each(['成交以后还得弄点啥', '签约以后还得做点啥'])('%s is answered with 6', (q) => {
    expect(answered(q)).toContain('6');
  });
});

describe('keeping old clients against winning new ones → 15.3.3.1', () => {
  it.each(['保老客户跟抢新客户比哪个利润高', '保老客户是不是比拉新客户更值'])('%s', (q) => {
    expect(answered(q)[0]).toBe('15.3.3.1');
  });
});

describe('a short question every counted word of which the section covers', () => {
  it.each(['客户发脾气了咋整', '谈着谈着客户恼火了'])('%s → 8.3.2 (scores under SCORE_MIN)', (q) => {
    expect(answered(q)[0]).toBe('8.3.2');
  });

  it.each(['客户吃了没', '客户睡了没', '客户还在吗', '客户家里办喜事要随礼吗'])('%s stays 手册未涉及 (one counted word is not enough)', (q) => {
    expect(answerMessage(q)?.key).toBe('handbook.not_covered');
  });
});
