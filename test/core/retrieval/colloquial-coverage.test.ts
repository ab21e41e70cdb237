/**
 * Issue #12 class 3: colloquial wording is not 手册未涉及. Spoken filler words (看了, 这种, 咱们, 之前 …) count in
 * coverage only where the section has them, and managers' words for handbook terms are synonym groups
 * (谈单 → 谈判, 主动上门 → 自我推介, 提意见 → 补充完善, 节税 → 税务筹划, 备选 → 其他的选择).
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';

describe('colloquial in-scope questions are answered', () => {
  it.each([
    ['有的客户是主动上门来问的 这属于啥途径', '3.2'],
    ['谈单的时候有哪些要点', '8.3.2'],
    ['客户对咱们的服务方案提意见了怎么办', '5.7'],
    ['谈判中要不要暗示客户我们有备选', '8.3.4'],
    ['企业想节税 我们能给啥建议', '12.6'],
    ['客户都有哪些分法', '2'],
  ])('%s → %s', (q, section) => {
    const r = answerQuestion(q);
    expect(r.key).not.toBe('handbook.not_covered');
    expect(r.sections[0]).toBe(section);
  });

  it.each(['看了下融资租赁的方案咋样', '我们这种公司能发债吗', '咱们提了的那个车贷怎么样'])('%s: fillers do not make an out-of-scope question answered', (q) => {
    expect(answerQuestion(q).key).toBe('handbook.not_covered');
  });
});
