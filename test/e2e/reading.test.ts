/**
 * Reading what managers type (issue #11), end to end over signed HTTP against the fake Slack API:
 * traditional script, 億, a number with an unread unit (asked in the modal, answered), a loss in
 * /classify, a DM quote from everyday words completed by the next DM, and /client by a substring;
 * then every other reading of the issue once each (terms, rates, agreed rates, derived figures, 1.9).
 */
import { describe, expect, it } from 'vitest';
import { viewSubmission } from '../helpers/signing.js';
import { slackAppHarness } from '../helpers/slack-harness.js';

const h = slackAppHarness();

describe('/quote reads traditional script and 億', () => {
  it('銀行貸款擔保 800萬 合肥 新客戶 1年 → 14.4万–24万元 (1.1 合肥 1.8%–3%)', async () => {
    const reply = await h.command('/quote', '銀行貸款擔保 800萬 合肥 新客戶 1年');
    expect(String(reply.text)).toContain('14.4万–24万元');
  });

  it('银行贷款担保 2億 合肥 1年 → on 2亿 (360万–600万元), never on 2万', async () => {
    const reply = await h.command('/quote', '银行贷款担保 2億 合肥 1年');
    expect(String(reply.text)).toContain('360万–600万元');
  });
});

describe('a number with a unit the parser does not read is asked, never quoted', () => {
  it('500k without a modal: the reply asks and names it', async () => {
    const reply = await h.command('/quote', '银行贷款担保 500k 合肥 新客户 1年');
    expect(String(reply.text)).toContain('还缺金额');
    expect(String(reply.text)).toContain('500k');
    expect(String(reply.text)).not.toContain('9万–15万元');
  });

  it('500k: the modal asks the amount; the answer replaces it', async () => {
    await h.command('/quote', '银行贷款担保 500k 合肥 新客户 1年', { triggerId: 'trig-k' });
    const open = h.slack.callsTo('views.open').find((c) => c.body.trigger_id === 'trig-k')!;
    const view = open.body.view as { private_metadata: string; blocks: Array<{ block_id?: string }> };
    expect(view.blocks.some((b) => b.block_id === 'amount')).toBe(true);
    const responseUrl = (JSON.parse(view.private_metadata) as { responseUrl: string }).responseUrl;
    const answered = () => h.slack.calls.filter((c) => responseUrl.endsWith(c.path));
    const r = await h.interact(
      viewSubmission({
        callbackId: 'quote_missing',
        privateMetadata: view.private_metadata,
        values: { text: { value: { type: 'plain_text_input', value: '银行贷款担保 500k 合肥 新客户 1年' } }, amount: { value: { type: 'plain_text_input', value: '500万' } } },
      }),
    );
    expect(r.status).toBe(200);
    await h.slack.waitFor(() => answered().length > 0);
    expect(String(answered()[0]!.body.text)).toContain('9万–15万元');
  });
});

describe('the other readings, each once over signed HTTP (figures worked from the handbook)', () => {
  it.each([
    // 1.2: 日息万五 = 0.05%/日; 两周 = 14 天 → 100万 × 0.05% × 14 = 7,000元
    ['/quote', '民间借贷担保 100万 两周 日息万五', '7,000元'],
    // 1.2: 月息一分 = 1%/月; 半个月 → 200万 × 1% × 0.5 = 10,000元
    ['/quote', '民间借贷担保 200万 半个月 月息一分', '10,000元'],
    // 1.1: an agreed 2.2% inside the 合肥 band 1.8%–3% → 500万 × 2.2% = 11万
    ['/quote', '银行贷款担保 500万 合肥 1年 费率2.2%', '110,000元（11万元）'],
    // 1.1: an agreed 1.5% outside the band → the band is quoted, the agreed rate flagged
    ['/quote', '银行贷款担保 500万 合肥 1年 费率1.5%', '不在手册1.1区间'],
    // 六百万一年: the amount ends at 万, 一年 is the term (not a 万分之一 rate) → 600万 × 1.8%–3%
    ['/quote', '贷款担保 六百万一年 蜀山 新客户', '10.8万–18万元'],
    // full width → 500万 合肥 1年 → 9万–15万
    ['/quote', '银行贷款担保 ５００万 合肥 一年', '9万–15万元'],
    // 1.9: 总投资2000万 − 自筹800万 = 1200万 (the handbook's own case)
    ['/quote', '担保股权融资 项目总投资2000万 自筹800万', '外部融资需求1200万元'],
    // 2.3: 净资产 = 5000万 × (1 − 60%) = 2000万 (stated); 营业额 = 销售收入 → B类
    ['/classify', '总资产5000万 资产负债率60% 营业额4000万', '净资产约2000万元'],
  ])('%s %s → %s', async (command, text, want) => {
    const reply = await h.command(command, text);
    expect(String(reply.text)).toContain(want);
  });
});

describe('/classify reads a loss', () => {
  it('净资产1200万 销售收入3500万 亏损300万 → D类 (2.3 利润50万以下), not B', async () => {
    const reply = await h.command('/classify', '净资产1200万 销售收入3500万 亏损300万');
    expect(String(reply.text)).toContain('D类');
    expect(String(reply.text)).not.toContain('B类（');
  });
});

describe('DM quote from everyday words, completed by the next DM', () => {
  it('贷650万 … 老客户 asks the place; 包河 completes it → 11.7万–19.5万元', async () => {
    const first = await h.dm('帮我算下贷650万一年担保费 老客户', { user: 'UREAD' });
    expect(String(first.text)).toContain('还缺');
    const second = await h.dm('包河', { user: 'UREAD' });
    expect(String(second.text)).toContain('11.7万–19.5万元');
  });

  it('the whole request in one DM is a 1.1 quote', async () => {
    const msg = await h.dm('帮我算下贷650万一年担保费 包河 老客户', { user: 'UREAD2' });
    expect(String(msg.text)).toContain('11.7万–19.5万元');
  });
});

describe('/client by a unique substring', () => {
  it('恒达 → 合肥恒达机械有限公司, the manager’s only client containing it', async () => {
    await h.command('/client', 'add 合肥恒达机械有限公司 净资产1200万 销售收入3500万 利润300万', { user: 'UHENG' });
    const card = await h.command('/client', '恒达', { user: 'UHENG' });
    expect(String(card.text)).toContain('合肥恒达机械有限公司');
    expect(String(card.text)).not.toContain('没有找到');
    const other = await h.command('/client', '恒达', { user: 'UOTHER' });
    expect(String(other.text)).toContain('没有找到');
  });
});
