import { describe, expect, it } from 'vitest';
import { looksPrivate, modelInput, redactPrivate } from '../../src/core/guard/model-input.js';
import { reply } from '../../src/core/reply.js';

describe('modelInput: what goes to the model', () => {
  it('key, plain text and vars', () => {
    const r = reply('quote.bid_bond', { title: '最高80万元', body: ['投标总价5000万元'], vars: { maxAmount: 800000, binding: 'cap' } });
    expect(modelInput(r)).toEqual({ key: 'quote.bid_bond', text: '最高80万元\n投标总价5000万元', vars: { maxAmount: 800000, binding: 'cap' } });
  });

  it.each(['contactPhone', 'mobile', 'birthday', 'idNumber', 'email', 'wechat', 'address', 'contactName'])('drops the var %s', (name) => {
    const r = reply('k', { title: 't', vars: { [name]: 'x', keep: 1 } });
    expect(modelInput(r)?.vars).toEqual({ keep: 1 });
  });

  it('drops a var whose value looks like a phone number', () => {
    expect(modelInput(reply('k', { title: 't', vars: { note: '13912345678' } }))?.vars).toEqual({});
  });

  it.each(['联系人13912345678', '0551-62345678', '身份证340104198001011234', '生日：3月5日', 'a@b.cn'])('does not send a reply with %s', (line) => {
    expect(modelInput(reply('k', { title: '档案', body: [line] }))).toBeNull();
  });

  it.each(['担保费90,000元', '5,000,000元（500万元）', '2026-12-01', '15.3.2.1'])('figures are not personal: %s', (t) => {
    expect(looksPrivate(t)).toBe(false);
  });
});

describe('redactPrivate', () => {
  it.each([
    ['张总 13912345678', '张总 [已隐去]'],
    ['办公室 0551-62345678 找前台', '办公室 [已隐去] 找前台'],
    ['生日1975年5月6日，喜欢喝茶', '生日[已隐去]，喜欢喝茶'],
    ['邮箱 zhang@example.cn', '邮箱 [已隐去]'],
    ['500万贷款，年费率1.8%', '500万贷款，年费率1.8%'],
  ])('%s', (input, want) => {
    expect(redactPrivate(input)).toBe(want);
  });
});

describe('every format of personal data is blanked before the model (#13.8)', () => {
  it.each([
    ['手机 139 1234 5678', '手机 [已隐去]'],
    ['手机 139-1234-5678', '手机 [已隐去]'],
    ['电话 +86 13912345678', '电话 [已隐去]'],
    ['电话 (+86) 139 1234 5678', '电话 [已隐去]'],
    ['全角 １３９１２３４５６７８ 找他', '全角 [已隐去] 找他'],
    ['座机 (0551) 6234 5678', '座机 [已隐去]'],
    ['座机 0551 62345678', '座机 [已隐去]'],
    ['身份证 340104 19800101 1234', '身份证 [已隐去]'],
    ['身份证 340104-19800101-123X', '身份证 [已隐去]'],
    ['邮箱 zhang＠example.cn', '邮箱 [已隐去]'],
    ['邮箱 zhang @ example.com.cn', '邮箱 [已隐去]'],
    ['微信 zhang_wei88', '微信 [已隐去]'],
    ['加了微信号：wxid_abc123', '加了微信号：[已隐去]'],
    ['vx: Li-Ming2024', 'vx: [已隐去]'],
  ])('%s', (input, want) => {
    expect(redactPrivate(input)).toBe(want);
    expect(looksPrivate(input)).toBe(true);
  });

  it.each(['担保费90,000元', '5,000,000元（500万元）', '2026-12-01', '15.3.2.1', '净资产1200万 销售收入3500万', '期限1年，费率1.8%', '2025年3月1日拜访'])('figures stay: %s', (t) => {
    expect(redactPrivate(t)).toBe(t);
    expect(looksPrivate(t)).toBe(false);
  });
});
