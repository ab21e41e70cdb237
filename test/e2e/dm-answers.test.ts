/**
 * DM answers a manager can trust (issue #12), end to end over signed HTTP: an overview lists the children,
 * a specific question quotes the sentence, an eligibility question is checked criterion by criterion, and a
 * product the handbook lacks gets 手册未涉及 without any fee.
 */
import { describe, expect, it } from 'vitest';
import { showsFeeOrAmount } from '../../src/core/retrieval/eval.js';
import { slackAppHarness } from '../helpers/slack-harness.js';

const h = slackAppHarness();
const text = async (q: string): Promise<string> => String((await h.dm(q)).text);
const blocks = async (q: string): Promise<string> => JSON.stringify((await h.dm(q)).blocks ?? []);

describe('DM answers at the grain asked, over signed HTTP', () => {
  it('overview: 你们有哪些担保产品 → section 1 with its nine products', async () => {
    const t = await text('你们有哪些担保产品');
    expect(t).toContain('1 公司产品介绍');
    for (const p of ['1.1 银行贷款担保', '1.2 民间借贷担保', '1.9 担保股权融资']) expect(t).toContain(p);
  });

  it('overview: 怎么找客户 → the methods of section 3', async () => {
    const t = await text('怎么找客户');
    for (const m of ['3.1 实地营销法', '3.4 连锁寻找法', '3.6 群体介绍法']) expect(t).toContain(m);
  });

  it('specific: 民间借贷一般借多久 → the 1.2 sentence, cited, with 全文见', async () => {
    const t = await text('民间借贷一般借多久');
    expect(t).toContain('一个月以内');
    expect(t).toContain('最长不超过三个月');
    expect(t).toContain('全文见 1.2');
  });

  it('eligibility: 负债率75%还能做贷款担保吗 → 不符合 on 1.1 and 2.5, not a product pitch', async () => {
    const t = await text('负债率75%还能做贷款担保吗');
    expect(t).toContain('不符合');
    expect(t).toContain('资产负债率');
    expect(t).toContain('2.5');
    expect(t).not.toContain('推荐');
  });

  it('out of scope: 融资租赁担保费率多少 → 手册未涉及, no fee or amount anywhere in the message', async () => {
    const msg = await h.dm('合肥新客户融资租赁担保费率多少');
    const all = `${String(msg.text)}\n${JSON.stringify(msg.blocks ?? [])}`;
    expect(all).toContain('手册未涉及');
    expect(showsFeeOrAmount(String(msg.text))).toBe(false);
    expect(all).not.toMatch(/1\.8%|2\.4%|3%/);
  });

  it('out of scope beats eligibility: 客户离婚了 房产抵押还能用吗 → 手册未涉及, no checklist, no figure', async () => {
    const msg = await h.dm('客户老板离婚了 厂房抵押还能用吗');
    const all = `${String(msg.text)}\n${JSON.stringify(msg.blocks ?? [])}`;
    expect(all).toContain('手册未涉及');
    expect(all).not.toContain('逐条对照');
    expect(all).not.toContain('符合');
    expect(showsFeeOrAmount(all)).toBe(false);
  });

  it('a criterion fact is never out of scope: 客户有官司还能做吗 → the checklists', async () => {
    const t = await text('客户有官司还能做吗');
    expect(t).not.toContain('手册未涉及');
    expect(t).toContain('2.5');
  });

  it('a product we lack, asked by its fee: 房地产开发贷担保收费 → 手册未涉及 with the nine, no 1.1 rate', async () => {
    const msg = await h.dm('房地产开发贷担保收费');
    const all = `${String(msg.text)}\n${JSON.stringify(msg.blocks ?? [])}`;
    expect(all).toContain('手册未涉及');
    expect(all).not.toMatch(/1\.8%|2\.4%|3%/);
    expect(showsFeeOrAmount(all)).toBe(false);
  });

  it('small talk: 谢谢啦 辛苦 → 不客气, not a second hello', async () => {
    const t = await text('谢谢啦 辛苦');
    expect(t).toContain('不客气');
    expect(t).not.toContain('您好');
  });

  it('out of scope: small talk and pay get 手册未涉及 too', async () => {
    expect(await blocks('客户经理提成怎么算')).toContain('手册未涉及');
  });
});
