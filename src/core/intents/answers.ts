/**
 * Replies the router needs beyond the rule modules: greetings, product facts focused on what was
 * asked (外地老客户 → the 1.1 band for outside-Hefei returning clients), and the private-only notice.
 */
import { formatPercentRange } from '../format.js';
import { bankLoanRate, productFacts } from '../quote/index.js';
import { reply, type Reply } from '../reply.js';
import type { ParsedInput, ProductId } from '../types.js';

export function greetingReply(): Reply {
  return reply('greeting', {
    title: '您好，我是担保助手',
    body: [
      '可以直接问我手册里的产品和做法，例如“外地老客户费率多少”“拜访报告要写什么”“客户下个月要投标，缺保证金”。',
      '报价用 `/quote`，客户分类用 `/classify`；输入 `/help` 看全部用法。',
    ],
  });
}

/** product.facts, with a first line answering the place/status asked about (bank loans only: 1.1 is the only product whose rate depends on them). */
export function focusedFacts(product: ProductId, input: ParsedInput): Reply {
  const facts = productFacts(product);
  if (product !== 'bank_loan' || (!input.place && !input.clientStatus)) return facts;
  const places = input.place ? [input.place.kind] : (['hefei', 'outside'] as const);
  const statuses = input.clientStatus ? [input.clientStatus] : (['new', 'returning'] as const);
  const lines: string[] = [];
  const vars: Record<string, string | number> = {};
  for (const p of places) {
    for (const s of statuses) {
      const band = bankLoanRate(p, s);
      const who = `${p === 'hefei' ? '合肥地区' : '合肥以外'}${s === 'new' ? '新客户' : '老客户'}`;
      lines.push(`*${who}：${formatPercentRange(band.min, band.max)}/年*（1.1）`);
      vars[`${p}_${s}_min`] = band.min;
      vars[`${p}_${s}_max`] = band.max;
    }
  }
  return { ...facts, key: 'product.facts_focused', vars: { ...facts.vars, ...vars }, body: [...lines, ...facts.body] };
}

export function privateOnlyReply(): Reply {
  return reply('privacy.dm_only', {
    title: '客户信息请在私信里问我',
    body: ['客户的财务数字和分类结果只在私信或仅自己可见的回复里显示，不发在频道里。请私信我，或用 `/classify`。'],
  });
}
