/** Issue #12: small talk (thanks, bye, praise, ok) gets its own line and what I can do — not a second hello, no passage. */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { route } from '../../../src/core/intents/route.js';
import { reply } from '../../../src/core/reply.js';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';
import { evaluate } from '../../../src/core/retrieval/eval.js';

describe('small talk', () => {
  it.each([
    ['谢谢啦 辛苦', 'thanks'],
    ['多谢多谢！', 'thanks'],
    ['辛苦了哈', 'thanks'],
    ['thx', 'thanks'],
    ['好的 先这样 拜拜', 'bye'],
    ['回头见~', 'bye'],
    ['太厉害了吧', 'praise'],
    ['你真靠谱', 'praise'],
    ['收到 明白了', 'ack'],
    ['你好', 'hello'],
  ])('%s → %s', (q, tone) => {
    expect(route(q)).toEqual({ kind: 'greeting', tone });
    const r = answerMessage(q)!;
    expect(r.vars.tone).toBe(tone);
    expect(r.sections).toEqual([]);
  });

  it('a thanks is answered 不客气, not with the hello', () => {
    expect(answerMessage('谢谢啦 辛苦')!.title).toContain('不客气');
    expect(answerMessage('谢谢啦 辛苦')!.title).not.toContain('您好');
  });

  it.each(['谢谢，投标保函最高多少', '好的 那履约保函呢', '辛苦问下谈判分几个阶段', '客户不错 能做吗'])('%s is a question, not small talk', (q) => {
    expect(route(q).kind).not.toBe('greeting');
  });
});

describe('evaluate counts a greeting / small-talk reply as declined', () => {
  it('an out-of-scope row answered with small talk is declined (recall)', () => {
    const r = evaluate([{ q: '谢谢啦 辛苦', out_of_scope: true }], (q) => answerMessage(q)!);
    expect(r).toMatchObject({ oosRecall: 1, oosPrecision: 1, oosWithFigures: [] });
  });

  it('an in-scope question answered with small talk is still a miss, and lowers precision', () => {
    const r = evaluate(
      [
        { q: '谈判分几个阶段', sections: ['8.3.1'], facts: ['导入阶段'] },
        { q: '今天天气怎么样', out_of_scope: true },
      ],
      (q) => (q === '谈判分几个阶段' ? reply('greeting', { title: '不客气' }) : answerQuestion(q)),
    );
    expect(r).toMatchObject({ top1Accuracy: 0, factRecall: 0, oosPrecision: 0.5, oosRecall: 1 });
  });
});
