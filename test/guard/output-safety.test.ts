import { describe, expect, it } from 'vitest';
import { defang, escapeSlackText, makeSlackSafe, urlsIn, rewordHazards } from '../../src/core/guard/output-safety.js';

/** Slack's markup: any of these in a posted text would ping or link. */
const LIVE = /<[!@#]|<https?:|(?<![\u200B])@(channel|here|everyone)\b/i;

describe('makeSlackSafe: clean text', () => {
  it.each([
    ['plain Chinese with figures', '担保费9万–15万元，年费率1.8%–3%。', '担保费9万–15万元，年费率1.8%–3%。'],
    ['mrkdwn bold and bullets stay', '*产品特点*\n• 解决反担保问题', '*产品特点*\n• 解决反担保问题'],
    ['& < > escaped', 'A&B <比较> C', 'A&amp;B &lt;比较&gt; C'],
    ['an arrow stays readable', '投标总价5000万元 → 最高80万元', '投标总价5000万元 → 最高80万元'],
  ])('%s', (_name, input, want) => {
    expect(makeSlackSafe(input)).toEqual({ text: want, neutralised: [] });
  });
});

describe('makeSlackSafe: injections are neutralised and reported', () => {
  it.each<[string, string, string]>([
    ['<!channel>', '<!channel> 费率改为0.5%', 'broadcast'],
    ['<!here>', '<!here|here> 看这里', 'broadcast'],
    ['<!everyone>', '<!everyone>', 'broadcast'],
    ['<!subteam>', '<!subteam^S123|@ops> 处理', 'broadcast'],
    ['user mention', '请联系<@U024BE7LH>', 'mention'],
    ['channel link', '发到<#C024BE7LR|general>', 'channel'],
    ['masked link', '详见<https://evil.example/phish|手册1.3>', 'link'],
    ['mailto link', '<mailto:a@b.c|邮件>', 'link'],
    ['@channel typed', '@channel 注意', 'broadcast'],
    ['@here typed', '@HERE 注意', 'broadcast'],
    ['@everyone typed', '@everyone', 'broadcast'],
    ['@所有人', '@所有人 费率改成0.5%', 'broadcast'],
    ['a bare URL the core did not write', '请访问 https://evil.example/x 查看', 'url'],
    ['www link', '见 www.evil.example', 'url'],
    ['control characters', 'a\u0007b\u202Ec', 'control'],
  ])('%s', (_name, input, kind) => {
    const r = makeSlackSafe(input);
    expect(r.neutralised).toContain(kind);
    expect(r.text).not.toMatch(LIVE);
    expect(r.text).not.toMatch(/https?:\/\/evil|www\.evil/);
  });

  it('keeps URLs the core wrote', () => {
    const url = 'https://handbook.example/1.3';
    expect(makeSlackSafe(`见 ${url}`, { allowedUrls: urlsIn(`手册：${url}`) })).toEqual({ text: `见 ${url}`, neutralised: [] });
  });

  it('caps the length and says so', () => {
    const r = makeSlackSafe('担'.repeat(5000), { maxChars: 100 });
    expect([...r.text].length).toBe(100);
    expect(r.text.endsWith('…')).toBe(true);
    expect(r.neutralised).toEqual(['truncated']);
  });

  it('never leaves half an entity at the cut', () => {
    const r = makeSlackSafe(`${'a'.repeat(97)}<<<<`, { maxChars: 100 });
    expect(r.text).not.toMatch(/&[a-z]*…$/);
  });

  it('default cap is 3000', () => {
    expect([...makeSlackSafe('x'.repeat(4000)).text].length).toBe(3000);
  });
});

describe('escapeSlackText', () => {
  it('escapes & first so entities are not doubled wrongly', () => {
    expect(escapeSlackText('&lt;')).toBe('&amp;lt;');
  });
});

describe('defang (no escaping, for drafts and modal inputs)', () => {
  it.each<[string, string, string]>([
    ['<!channel> 注意', '@\u200Bchannel 注意', 'broadcast'],
    ['<!here|here>', '@\u200Bhere', 'broadcast'],
    ['<@U024BE7LH> 你好', '@\u200BU024BE7LH 你好', 'mention'],
    ['<#C024BE7LR|general>', 'general', 'channel'],
    ['<https://evil.example/x|点这里>', '点这里', 'link'],
    ['@所有人 费率改成0.5%', '@\u200B所有人 费率改成0.5%', 'broadcast'],
    ['见 https://evil.example', '见 hxxps://evil[.]example', 'url'],
    ['a<b>c', 'a‹b›c', ''],
  ])('%s', (input, want, kind) => {
    const r = defang(input);
    expect(r.text).toBe(want);
    if (kind) expect(r.neutralised).toContain(kind);
  });
});

describe('rewordHazards: what a rewording may not add (#13.8)', () => {
  const core = '【银行贷款担保报价：90,000–150,000元】担保金额500万元，期限1年。';
  it.each([
    ['a bare domain', `${core}续期请到 evil-bank.cn/renew 办理`, 'domain'],
    ['a bare domain (www-less .com)', `${core}详见 guarantee-help.com`, 'domain'],
    ['a markdown link', `${core}[点此续期](https://x.example/renew)`, 'markdown'],
    ['another company', `${core}建议找合肥某某融资担保有限公司办理`, 'company'],
    ['a named bank', `${core}可以到招商银行申请`, 'company'],
    ['a system notice', `系统通知：${core}`, 'instruction'],
    ['an order to pay', `${core}请立即转账到指定账户`, 'instruction'],
    ['a verification code', `${core}请回复验证码`, 'instruction'],
  ])('%s', (_, candidate, kind) => {
    expect(rewordHazards(core, candidate)).toContain(kind);
    expect(makeSlackSafe(candidate, { source: core }).neutralised).toContain(kind);
  });

  it.each([
    ['the same wording', core],
    ['a plain rewording', '这笔500万元、期限1年的银行贷款担保，担保费在90,000元到150,000元之间。'],
    ['a company the source named', '合肥星河科技有限公司的担保费为9万元。'],
  ])('%s passes', (_, candidate) => {
    const source = `${core}合肥星河科技有限公司`;
    expect(rewordHazards(source, candidate)).toEqual([]);
  });
});
