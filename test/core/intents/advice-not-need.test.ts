/**
 * Issue #12: a question asking for advice on financing (啥建议, 融资方式, 融资方案) asks about 12.8 融资建议 — the handbook's
 * 委托贷款、风险投资、贸易融资 for small firms, and 我们可能还不具备… for large ones — not for a product pitch because it
 * says 融资 (data/intents.json conceptCues). The same for 建议啥 / 建议什么 (what we advise), and for the services a manager
 * offers beyond financing (综合服务, 增值服务: 12.3 经营管理's 一揽子综合服务).
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { route } from '../../../src/core/intents/route.js';

describe('financing advice → 12.8, not a need', () => {
  it.each(['小企业融资难 咱能给些什么建议', '大型企业要做融资方案 我们接得了吗'])('%s → 12.8', (q) => {
    expect(route(q).kind).toBe('handbook');
    expect(answerMessage(q)!.sections[0]).toBe('12.8');
  });
});

describe('what we advise, and the services beyond financing → the handbook, not a need', () => {
  it.each([
    ['中小企业老板问我怎么融资 一般建议什么', '12.8'],
    ['客户资金紧张 除了融资还能提供啥综合服务', '12.3'],
  ])('%s → %s', (q, id) => {
    expect(route(q).kind).toBe('handbook');
    expect(answerMessage(q)!.sections[0]).toBe(id);
  });

  it('a client short of money asking for a way out is still a need', () => {
    expect(route('客户缺钱有啥路子').kind).toBe('needs');
  });
});
