/**
 * Issue #12, false 手册未涉及 (dev 7–9, held-out 6): managers' words for handbook concepts, built chapter by chapter from the
 * handbook's own words (data/synonyms.json): 扯闲篇 → 8.2 拉家常·轻松话题 (not 闲聊/唠嗑: said to the bot they are small talk); 没共同语言/聊不来 → 8.2 共同点; 没话说/找话题 →
 * 10.3 打开话题; 球迷/看球 → 10.3 足球; 拖拖拉拉/老拖 → 8.3.4 超过一定期限; 省点税 → 12.6 税务筹划; 角色 → 8.1 载体、主体;
 * 自家/咱公司 → 本公司, 熟到/不熟 → 熟悉 (10.4); 履保/预付保 → 1.4/1.5; 按区 → 2.2 行政区域. Typos of key words (拜方, 寒喧,
 * 谈盼: data/typos.json) and spoken words naming no topic (时候, 手上, 急死, 从头到尾: data/spoken.json). Questions that
 * share the new words but name a topic the handbook lacks still refuse.
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { correctWordTypos } from '../../../src/core/retrieval/product-typo.js';

const firstSection = (q: string): string | null => {
  const r = answerMessage(q);
  return r?.key === 'handbook.answer' ? (String(r.vars?.sections ?? '').split(',')[0] ?? null) : null;
};

describe("managers' words for handbook concepts", () => {
  it.each([
    ['扯闲篇', '8.2'],
    ['客户一直拖拖拉拉不谈', '8.3.4'],
    ['少缴点税有啥招', '12.6'],
    ['履保是啥', '1.4'],
    ['客户爱看球 聊点啥', '10.3'],
    ['客户经理扮演啥角色', '8.1'],
    ['客户经理在公司里是个啥角色', '8.1'],
    ['寒喧要注意啥', '4.2'],
  ])('%s → %s', (q, id) => {
    expect(firstSection(q)).toBe(id);
  });

  it.each([['足球彩票怎么买'], ['球迷协会怎么加入'], ['冷场王是什么梗'], ['按区县划分的GDP排名'], ['唠嗑APP推荐一个'], ['自家孩子上学咋办'], ['老拖欠工资怎么投诉'], ['陪我闲聊一会'], ['来唠唠嗑']])(
    '%s still gets 手册未涉及',
    (q) => {
      expect(answerMessage(q)?.key).toBe('handbook.not_covered');
    },
  );
});

describe('typos of key words', () => {
  it.each([
    ['拜方客户', '拜访客户'],
    ['寒喧', '寒暄'],
    ['谈盼', '谈判'],
    ['履越保函', '履约保函'],
  ])('%s is read as %s', (typed, word) => {
    expect(correctWordTypos(typed)).toBe(word);
  });
});
