/**
 * “负债率75%还能做贷款担保吗”: a question carrying client facts and asking whether we can do it is answered
 * criterion by criterion — 符合 / 不符合 / 需核实 — from the handbook's own checklists, never with a product
 * pitch. Bank loan or unspecified: 1.1 客户基本条件 and 2.5 目标客户的条件 (data/criteria.json, evaluated by
 * core/classify); private lending: the 1.2 borrowing term (data/products.json). Facts come from parseInput
 * plus the qualitative claims of data/eligibility.json (亏损, 逾期, 信用好 …). docs/rules.md (Eligibility).
 */
import { z } from 'zod';
import raw from '../../../data/eligibility.json' with { type: 'json' };
import { type ChecklistResult, type Claims, classFigures, enrich, evaluateChecklist, figureBounds, givesFigure, withClaims } from '../classify/index.js';
import { asPrinted } from '../retrieval/handbook.js';
import { normalize } from '../retrieval/normalize.js';
import { reply, type Reply } from '../reply.js';
import { productById, productFigure, productFigureRow } from '../tables/products.js';
import { bankLoanConditions, targetClientCriteria } from '../tables/criteria.js';
import type { Money, ParsedInput, Term } from '../types.js';
import { withCuedProduct } from './product-cues.js';
import { saysPlainly } from '../parse/words.js';

const Words = z.array(z.string().min(1)).min(1);
const EligibilityTable = z.object({
  ask: Words,
  askPattern: z.string().min(1),
  facts: Words,
  claims: z.array(z.object({ check: z.string().min(1), status: z.enum(['unmet', 'claimed']), words: Words })),
  practice: Words,
  negated: z.array(z.object({ check: z.string().min(1), topics: Words, bad: Words })),
  person: z.object({ check: z.string().min(1), topics: Words, claims: Words }),
});
export const eligibilityTable = EligibilityTable.parse(raw);
// Negative claims first: 没有抵押 contains 有抵押.
const claims = [...eligibilityTable.claims].sort((a, b) => (a.status === b.status ? 0 : a.status === 'unmet' ? -1 : 1));

const has = (text: string, words: readonly string[]): boolean => words.some((w) => text.includes(w));
const askPattern = new RegExp(eligibilityTable.askPattern, 'u');

/** A client's attitude (没兴趣, 拖着 …): how to handle the client, a handbook practice question. */
export function isPracticeQuestion(text: string): boolean {
  return has(normalize(text), eligibilityTable.practice);
}

/** The company's age when the parser read “成立两年” as a term: a term after 成立/经营 with no borrowing word. */
function companyYears(text: string, term: Term | undefined): number | undefined {
  if (!term?.months || !/(成立|经营|开了|干了)[^，,。;；]{0,3}$/u.test(text.slice(0, text.indexOf(term.source)))) return undefined;
  return /借/.test(text) ? undefined : term.months / 12;
}

/** Words asking which product fits (有没有啥产品, 什么产品, 哪个产品; 还有产品能做吗, 有产品可以做不). */
const ASKS_FOR_PRODUCT = /(什么|啥|哪个|哪种|哪些|有没有|别的|其他|其它)(样的)?(担保)?产品|(?:还|也)?有(?:担保)?产品(?:能|可以)/u;

/**
 * True when the question asks which product fits (有没有啥产品能做). With a need the handbook answers by a product
 * (拿不出反担保 → 1.9), the router answers the need, not the 1.1 / 2.5 checklists; with only client facts
 * (成立两年，有没有产品可以做) the checklists still answer.
 */
export function asksForProduct(text: string): boolean {
  return ASKS_FOR_PRODUCT.test(normalize(text));
}

/** The client's own figures 2.5 checks (not a product's: 合同价, 投标价). */
const CLIENT_FIGURES = [...classFigures, 'debtRatio', 'yearsInBusiness', 'liabilities'] as const;

/** 其他都还行, 别的条件都满足: the manager says the rest holds — a fact sheet, not a situation. */
const REST_HOLDS = /(?:其他|其它|其余|别的)(?:的)?(?:条件|方面)?(?:都|也|没问题|没啥问题|没什么问题|还行|还可以|正常|满足|ok)/u;

/** True when the question asks whether a client with the facts it gives can be taken on. */
export function isEligibilityQuestion(text: string, input: ParsedInput): boolean {
  const t = normalize(text);
  const asked = has(t, eligibilityTable.ask);
  if (!asked && !askPattern.test(t)) return false;
  // The checklists are 1.1 / 2.5 (bank loan, any client) and 1.2 (private lending); a question about another
  // product (没有反担保能做股权融资吗) is about that product's terms: the handbook answers it.
  // …unless it gives the client's own figures (应收账款融资 客户负债率80% 能做吗): 2.5 目标客户的条件 holds for every product.
  if (input.products.some((p) => p !== 'bank_loan' && p !== 'private_lending')) return givesFigure(input, CLIENT_FIGURES);
  const figures = givesFigure(input);
  // Asked with words in between (可以申请贷款担保吗), the question must carry a fact of its own: a figure, a
  // term (成立刚一年) or a claim (亏损) — not only a fact's name (经营不善的企业可以合作吗 asks about the handbook).
  if (figures || input.term !== undefined) return true;
  return (asked && has(t, eligibilityTable.facts)) || claimed(t).size > 0;
}

const verdictWord = { met: '✅ 符合', unmet: '❌ 不符合', unknown: '❔ 需核实', partial: '❔ 需核实' } as const;

/**
 * A statement, not a question, of client facts one of which fails a check (负债率六十八 … 但是去年经营现金流为负; 客户主业不明确
 * 啥都做 其他条件都可以): it is answered by the checklists with that check ❌, never by a passage or a class that ignores it.
 */
export function statesFailingFact(text: string, input: ParsedInput): boolean {
  // Only a fact sheet (a figure, or 其他条件都可以 / 别的都满足): 企业想扩产但没有抵押物 is a situation asking for a product (needs).
  const figures = givesFigure(input);
  const rest = REST_HOLDS.test(text);
  if (!figures && !rest && !/条件/u.test(text)) return false;
  // 啥都做, 什么都干: "everything", not a question word.
  const t = normalize(text).replace(/(?:啥|什么|哪儿?|谁)(?:都|也)/gu, '');
  if (/[?？吗呢嘛怎啥么哪几谁]|什么|能不能|可不可以|行不行/u.test(t)) return false;
  // …or a figure with 其他都不错: the manager asks the checklists on what was said (经营两年零十个月 其他都不错).
  return [...claimed(t).values()].includes('unmet') || (rest && figures) || failsByFigures(input);
}

/**
 * A figure stated that fails a 1.1 or 2.5 threshold (公司负债率现在是75%): the checklists answer, not 手册未涉及 — when no
 * 2.3 size figure is given (with one, /classify answers: the class and the same checklists).
 */
function failsByFigures(input: ParsedInput): boolean {
  if (givesFigure(input, classFigures)) return false;
  const { figures } = enrich(input.figures);
  const bounds = figureBounds(input);
  return [targetClientCriteria, bankLoanConditions].some((c) => evaluateChecklist(c, figures, bounds).unmet > 0);
}

/** The manager's claims in a message, for /classify's checklists (the same reading as the DM eligibility reply's). */
export function claimsIn(text: string): Claims {
  return claimed(normalize(text));
}

function claimed(text: string): Map<string, 'unmet' | 'claimed'> {
  const out = new Map<string, 'unmet' | 'claimed'>();
  const clauses = text.split(/[，,。；;！!？?\s]+/u);
  // A claim in a clause about a person (法人征信有问题, 老板信用不好) is about that person (2.5第4条 个人信用良好),
  // not the company's credit record (1.1第7条, 2.5第3条).
  const { person } = eligibilityTable;
  const checkOf = (check: string, clause: string): string => (person.claims.includes(check) && has(clause, person.topics) ? person.check : check);
  for (const c of claims) {
    for (const clause of clauses) {
      if (!has(clause, c.words)) continue;
      const check = checkOf(c.check, clause);
      if (out.has(check)) continue;
      // A claim denied: a bad one (无不良嗜好, 没有逾期) says the check is met — the manager's word, 需核实, never 不符合;
      // a good one denied (没有抵押物) says nothing here.
      const plain = c.words.some((w) => saysPlainly(clause, w));
      if (plain) out.set(check, c.status);
      else if (c.status === 'unmet') out.set(check, 'claimed');
    }
  }
  // A negative fact in the manager's words: one clause naming the check's topic and something bad about it (not denied: 老板从不赌).
  for (const n of eligibilityTable.negated) {
    for (const clause of clauses) if (has(clause, n.topics) && n.bad.some((b) => saysPlainly(clause, b))) out.set(checkOf(n.check, clause), 'unmet');
  }
  return out;
}

/** Each criterion as the handbook prints it (its punctuation: the eval and a manager search for it verbatim). */
function lines(r: ChecklistResult): string[] {
  return r.criteria.map((cr) => {
    const shown = cr.checks.flatMap((c) => (c.shown !== null ? [`${c.text}：${c.shown}`] : []));
    const status = cr.status === 'partial' ? 'partial' : cr.status;
    return `${verdictWord[status]} — ${cr.no}. ${asPrinted(cr.section, cr.text)}${shown.length > 0 ? `（${shown.join('；')}）` : ''}`;
  });
}

function verdict(rs: ChecklistResult[]): 'unmet' | 'met' | 'unknown' {
  const all = rs.flatMap((r) => r.criteria);
  if (all.some((c) => c.status === 'unmet')) return 'unmet';
  return all.every((c) => c.status === 'met') ? 'met' : 'unknown';
}

/** 1.2: the borrowing term against 一个月以内 / 最长不超过三个月. */
function privateLendingReply(input: ParsedInput): Reply {
  const row = productById('private_lending');
  const normal = productFigure('private_lending', 'normalTermMonths');
  const max = productFigure('private_lending', 'maxTermMonths');
  const months = input.term?.months ?? (input.term?.days !== undefined ? input.term.days / 30 : undefined);
  const [purpose, term, counter] = row.conditions.map((c) => asPrinted('1.2', c));
  const termLine =
    months === undefined
      ? `${verdictWord.unknown} — 2. ${term}（未给出借款期限）`
      : months > max
        ? `${verdictWord.unmet} — 2. ${term}（借${input.term!.source}，超过最长${max}个月）`
        : `${verdictWord.met} — 2. ${term}（借${input.term!.source}${months > normal ? `，超过一般的${normal}个月，但在最长${max}个月内` : ''}）`;
  const result = months === undefined ? 'unknown' : months > max ? 'unmet' : 'unknown';
  return reply('eligibility.result', {
    title: result === 'unmet' ? '不符合：1.2 民间借贷担保的借款条件' : '逐条对照：1.2 民间借贷担保的借款条件',
    vars: { product: 'private_lending', verdict: result, termMonths: months ?? null },
    body: [
      '*1.2 客户借款的条件*',
      `${verdictWord.unknown} — 1. ${purpose}`,
      termLine,
      `${verdictWord.unknown} — 3. ${counter}`,
      result === 'unmet' ? '结论：按手册1.2，这笔借款不符合条件。' : '结论：给出的条件没有不符合的；标“需核实”的请向客户核实后再定。',
    ],
    context: ['出处：《产品与营销》1.2 民间借贷担保（客户借款的条件）'],
    sections: ['1.2'],
    confidential: true,
  });
}

/**
 * The checklist that leads the reply: the one the question names (算不算目标客户 → 2.5), else the only one a stated
 * fact fails (法人征信有问题, 老板好赌 → 2.5第4条, a criterion 1.1 does not have), else 1.1 (the bank-loan conditions,
 * and 1.1's single cap when the loan asked is over it).
 */
function leadingChecklist(text: string, loan: ChecklistResult, target: ChecklistResult, overCap: boolean): '1.1' | '2.5' {
  if (text.includes('目标客户')) return '2.5';
  const fails = (r: ChecklistResult): boolean => r.criteria.some((c) => c.status === 'unmet');
  return fails(target) && !fails(loan) && !overCap ? '2.5' : '1.1';
}

/** The loan amount asked for against 1.1's 单笔担保金额可达3000万元 (data/products.json singleCapYuan). */
function loanCap(amount: Money | undefined): { over: boolean; line: string } | undefined {
  if (!amount) return undefined;
  const cap = productFigureRow('bank_loan', 'singleCapYuan');
  const over = amount.yuan > cap.value;
  return {
    over,
    line: over
      ? `${verdictWord.unmet} — 借款金额${amount.source}：超过1.1“${cap.quote}”，单笔担不了这么多`
      : `借款金额${amount.source}：在1.1“${cap.quote}”以内（费用可直接问，如“贷${amount.source} 合肥 老客户 一年 费用多少”）`,
  };
}

/** The eligibility reply for a question that carries client facts. */
export function eligibilityReply(text: string, input: ParsedInput): Reply {
  const t = normalize(text);
  if (input.products.length === 1 && input.products[0] === 'private_lending') return privateLendingReply(input);
  const years = input.figures.yearsInBusiness ?? companyYears(t, input.term);
  const { figures } = enrich({ ...input.figures, ...(years !== undefined ? { yearsInBusiness: years } : {}) });
  const said = claimed(t);
  const bounds = figureBounds(input);
  const loan = withClaims(evaluateChecklist(bankLoanConditions, figures, bounds), said);
  const target = withClaims(evaluateChecklist(targetClientCriteria, figures, bounds), said);
  // 贷650万: the one amount after a loan word is the loan, checked against 1.1's single cap — not a company figure.
  const loan1 = withCuedProduct(input, text).products[0] === 'bank_loan' && input.amounts.length === 1 ? input.amounts[0] : undefined;
  const cap = loanCap(loan1);
  // Another product (1.3–1.9): 1.1's basic conditions are the bank loan's; 2.5 目标客户的条件 is every product's.
  const other = input.products.find((p) => p !== 'bank_loan' && p !== 'private_lending');
  const v = cap?.over ? 'unmet' : verdict(other ? [target] : [loan, target]);
  const unmet = [
    ...(other ? [] : loan.criteria).filter((c) => c.status === 'unmet').map((c) => `1.1第${c.no}条`),
    ...target.criteria.filter((c) => c.status === 'unmet').map((c) => `2.5第${c.no}条`),
    ...(cap?.over ? ['1.1单笔担保金额'] : []),
  ];
  const unlabelled = cap ? [cap.line] : input.amounts.length > 0 ? [`未标明的金额：${input.amounts.map((a) => a.source).join('、')} — 请说明是净资产、销售收入还是利润，才能对照。`] : [];
  const sources = { '1.1': '1.1 银行贷款担保（客户基本条件）', '2.5': '2.5 目标客户的条件' };
  const blocks = { '1.1': ['*1.1 银行贷款担保 客户基本条件*', ...lines(loan)], '2.5': ['*2.5 目标客户的条件*', ...lines(target)] };
  const order = other ? (['2.5'] as const) : leadingChecklist(t, loan, target, cap?.over === true) === '2.5' ? (['2.5', '1.1'] as const) : (['1.1', '2.5'] as const);
  return reply('eligibility.result', {
    title: v === 'unmet' ? `不符合：${unmet.join('、')}` : v === 'met' ? '符合手册条件' : '给出的条件没有不符合的，其余需核实',
    vars: { product: input.products[0] ?? null, verdict: v, unmet: unmet.join(','), loan: loan.status, target: target.status },
    body: [
      '按你给的情况逐条对照手册条件：',
      ...order.flatMap((id) => blocks[id]),
      ...unlabelled,
      unmet.length === 1 && cap?.over
        ? '结论：客户条件没有不符合的，但借款金额超过1.1单笔担保金额的上限，按手册这笔不能全额担保；标“需核实”的请向客户核实。'
        : v === 'unmet'
          ? `结论：不符合（${unmet.join('、')}），按手册不宜做；可以先了解客户的其他需求（4.2）。`
          : '结论：给出的条件没有不符合的；标“需核实”的请向客户核实后再定。',
    ],
    context: [`出处：《产品与营销》${order.map((id) => sources[id]).join('；')}`],
    sections: [...order],
    confidential: true,
  });
}
