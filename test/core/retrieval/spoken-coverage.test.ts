/**
 * Issue #12, false 手册未涉及: coverage weighs words by their rarity in the handbook, so a spoken word the handbook
 * never uses (摸清楚, 划算, 发火) weighed most and refused in-scope questions. Spoken words (data/spoken.json) and
 * fragments the segmenter glues (比新, 跟高管) now count only where the section has them; topic words the handbook
 * lacks (食堂, 股票, 会议室) still count — the question stays 手册未涉及.
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { COVERAGE_MIN } from '../../../src/core/retrieval/answer.js';
import { coverage, parseQuery } from '../../../src/core/retrieval/search.js';

describe('coverage counts spoken words only where found', () => {
  it.each([
    ['客户底细摸清楚了 接下来该干啥', '5.6'],
    ['谈判拖太久了 正常吗', '8.3.4'],
    ['老客户比新客户值钱在哪', '15.3.3.1'],
    ['跟客户的高管聊天 要懂些啥', '10.1'],
  ])('%s: coverage of %s ≥ COVERAGE_MIN', (q, section) => {
    expect(coverage(parseQuery(q), section)).toBeGreaterThanOrEqual(COVERAGE_MIN);
  });

  it('a glued fragment does not weigh: 比新 of 比新客户', () => {
    expect(parseQuery('跟高管聊天').words).toContain('高管');
    expect(parseQuery('营销中要注意啥').words).toContain('营销');
  });

  it.each(['客户底细摸清楚了 接下来该干啥', '民企名单上的企业 能当目标客户来找吗', '跟客户老总套近乎 有啥讲究', '需求挖不出来怎么办', '老客户好久没联系了 要不要打个电话', '聊到一半客户不想谈了咋办'])(
    '%s is answered',
    (q) => {
      expect(answerMessage(q)!.key).not.toBe('handbook.not_covered');
    },
  );

  it.each(['食堂今天几点开饭', '会议室下午有人用吗', '最近买啥股票好', '帮我写一段python代码'])('%s stays 手册未涉及', (q) => {
    expect(answerMessage(q)!.key).toBe('handbook.not_covered');
  });
});
