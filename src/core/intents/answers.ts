/**
 * Replies the router needs beyond the rule modules: greetings, product facts focused on what was
 * asked (外地老客户 → the 1.1 band for outside-Hefei returning clients), and the private-only notice.
 */
import { formatPercentRange } from '../format.js';
import { bankLoanRate, productFacts } from '../quote/index.js';
import { reply, type Reply } from '../reply.js';
import { asPrinted, sectionById } from '../retrieval/handbook.js';
import { questionType } from '../retrieval/question-type.js';
import { sizeClassById, sizeClasses } from '../tables/classes.js';
import { amountRules, productById, productFigureRow, products } from '../tables/products.js';
import type { ParsedInput, ProductId } from '../types.js';
import type { SmallTalkTone } from './route.js';

/** The first line for each tone: a thanks gets 不客气, not a second hello. */
const TONE_TITLES: Record<SmallTalkTone, string> = {
  hello: '您好，我是担保助手',
  thanks: '不客气，有问题随时找我',
  bye: '好的，回头见',
  praise: '谢谢夸奖，能帮上忙就好',
  ack: '好的',
};

/** A greeting or small talk (谢谢, 拜拜, 厉害, 好的): its tone's line and what I can do; no section, no figure. */
export function greetingReply(tone: SmallTalkTone = 'hello'): Reply {
  return reply('greeting', {
    title: TONE_TITLES[tone],
    vars: { tone },
    body: ['可以直接问我手册里的产品和做法，例如“外地老客户费率多少”“拜访报告要写什么”“客户下个月要投标，缺保证金”。', '报价用 `/quote`，客户分类用 `/classify`；输入 `/help` 看全部用法。'],
  });
}

/**
 * product.facts for a product question; for a bank-loan rate question naming a place or client
 * status (1.1 is the only product whose rate depends on them) a short answer: the band asked
 * about first, the other bands as fields, the 1.1 rule lines — not the whole product sheet.
 */
export function focusedFacts(product: ProductId, input: ParsedInput, text = ''): Reply {
  const facts = productFacts(product);
  if (questionType(text) === 'how_much') {
    const stated = statedElsewhere(product, facts) ?? statedHere(product, facts);
    if (stated && (product !== 'bank_loan' || (!input.place && !input.clientStatus))) return stated;
  }
  if (product !== 'bank_loan' || (!input.place && !input.clientStatus)) return facts;
  const places = input.place ? [input.place.kind] : (['hefei', 'outside'] as const);
  const statuses = input.clientStatus ? [input.clientStatus] : (['new', 'returning'] as const);
  const lines: string[] = [];
  const vars: Record<string, string | number> = {};
  const quotes = new Set<string>();
  for (const p of places) {
    for (const s of statuses) {
      const band = bankLoanRate(p, s);
      const who = `${p === 'hefei' ? '合肥地区' : '合肥以外'}${s === 'new' ? '新客户' : '老客户'}`;
      lines.push(`*${who}：${formatPercentRange(band.min, band.max)}/年*`);
      quotes.add(productFigureRow('bank_loan', RATE_QUOTE[p][s]).quote);
      vars[`${p}_${s}_min`] = band.min;
      vars[`${p}_${s}_max`] = band.max;
    }
  }
  return {
    ...facts,
    key: 'product.facts_focused',
    title: '1.1 银行贷款担保 担保费率',
    vars: { ...facts.vars, ...vars },
    // The handbook's own sentence for the band asked (合肥以外的地区新客户一般为3%): what a manager repeats to a client.
    body: [
      ...lines,
      ...[...quotes].map((q) => `1.1 原文：「${q}」`),
      '担保费 = 担保金额 × 年费率 × 期限（年）。要算具体金额，发 `/quote 银行贷款担保 500万 合肥以外 老客户 1年`；要看客户条件，问“银行贷款担保的条件”。',
    ],
    fields: facts.fields.filter((f) => f.label.includes('合肥')),
    context: facts.context.filter((c) => c.includes('担保收费')),
  };
}

/** The 1.1 figure whose handbook sentence states each band (the same bands as quote's bankLoanRate). */
const RATE_QUOTE = {
  hefei: { new: 'hefeiMinPercent', returning: 'hefeiMinPercent' },
  outside: { new: 'outsideNewPercent', returning: 'outsideReturningMinPercent' },
} as const;

/**
 * A how-much question about a product whose figures the handbook states in another section (履约担保数额 is
 * 1.6's 条例第五十八条, not 1.4's text): that section answers — cited first, its sentences in the handbook's
 * words first — and the product's own sheet follows. Null when the product's figures are its own section's.
 *
 * @example statedElsewhere('performance_bond', …)?.sections   // → ['1.6', '1.4']
 */
/**
 * A how-much question about a product whose figures its own section states (投标保函最多能开多少): the figures in the
 * handbook's words first (最高不得超过80万元人民币), then the product's sheet.
 */
function statedHere(product: ProductId, facts: Reply): Reply | null {
  const row = productById(product);
  const quotes = [
    ...new Set(
      Object.values(row.figures)
        .filter((f) => f.section === row.section)
        .map((f) => f.quote),
    ),
  ];
  if (quotes.length === 0) return null;
  return { ...facts, body: [`*${row.section} 原文：*`, ...quotes.map((q) => `• ${q}`), ...facts.body] };
}

function statedElsewhere(product: ProductId, facts: Reply): Reply | null {
  const row = productById(product);
  const figures = Object.values(row.figures);
  const where = [...new Set(figures.map((f) => f.section))];
  if (figures.length === 0 || where.length !== 1 || where[0] === row.section) return null;
  const section = sectionById(where[0]!);
  if (!section) return null;
  const quotes = [...new Set(figures.map((f) => f.quote))];
  return {
    ...facts,
    title: `${section.id} ${section.title}：${row.name}的数额`,
    vars: { ...facts.vars, section: section.id },
    body: [`*${section.id} ${section.title}：*`, ...quotes.map((q) => `• ${q}`), `*${row.section} ${row.name}*`, ...facts.body],
    sections: [section.id, ...facts.sections.filter((id) => id !== section.id)],
  };
}

/**
 * “净资产两千万、年销售五千万，算几类客户”: a question asking only the class is answered at that grain — the
 * class (and the classes still possible) with 2.3's own definition and its threshold lines, citing 2.3 alone;
 * the 1.1 / 2.5 checklists and the client profile of the full /classify reply are offered, not shown.
 */
export function classAnswer(full: Reply): Reply {
  const id = String(full.vars['class'] ?? '');
  const known = new Set(sizeClasses.map((c) => c.id));
  if (!known.has(id as never)) return full;
  const others = String(full.vars['possibleClasses'] ?? '')
    .split(',')
    .filter((c) => c !== id && known.has(c as never));
  // The classification's own lines (class, bounds, derived figures) come before its first heading.
  const end = full.body.findIndex((l) => l.startsWith('*'));
  const head = full.body.slice(0, end < 0 ? full.body.length : end);
  const line = (c: string): string => {
    const row = sizeClassById(c as Parameters<typeof sizeClassById>[0]);
    return `• *${row.name}客户*（${row.label}）：${asPrinted('2.3', row.description)}`;
  };
  return {
    ...full,
    body: [
      ...head,
      `*2.3 按规模分类*`,
      ...[id, ...others].filter((c) => !head.join('').includes(sizeClassById(c as Parameters<typeof sizeClassById>[0]).description)).map(line),
      '要逐条对照 1.1 客户基本条件和 2.5 目标客户的条件，发 `/classify` 加上同样的数字。',
    ],
    context: full.context.filter((c) => c.startsWith('2.3')),
    sections: ['2.3'],
  };
}

/**
 * 单笔最多能担多少 naming no product: the handbook states no company-wide cap, so each product's own amount rule in its
 * section's words (data/products.json: yuan and percent figures, not rates, terms or 1.9's worked example), and the
 * products whose sections state none. Never one product's bound as if general (issue #12).
 */
export function capsReply(): Reply {
  const lines: string[] = [];
  const none: string[] = [];
  const sections = new Set<string>();
  for (const row of products) {
    const rules = amountRules(row);
    if (rules.quotes.length === 0) {
      none.push(`${row.section} ${row.name}`);
      continue;
    }
    lines.push(`• *${row.section} ${row.name}*：${rules.quotes.join('；')}`);
    for (const id of rules.sections) sections.add(id);
  }
  return reply('product.caps', {
    title: '担保金额：手册没有统一上限，按产品分别规定',
    vars: { products: lines.length },
    body: [...lines, `• ${none.join('、')}：手册未写金额上限。`, '问具体产品更准，例如“投标保函最多开多少”；要算费用，发 `/quote 产品 金额`。'],
    sections: [...sections],
  });
}

export function privateOnlyReply(): Reply {
  return reply('privacy.dm_only', {
    title: '客户信息请在私信里问我',
    body: ['客户的财务数字和分类结果只在私信或仅自己可见的回复里显示，不发在频道里。请私信我，或用 `/classify`。'],
  });
}
