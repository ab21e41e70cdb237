/**
 * Deterministic intent routing for a DM. Order (first match wins):
 *   empty/greeting/help → visit report / preparation (拜访报告 … / 准备拜访 …) → a product or topic the handbook lacks
 *   (data/scope.json → handbook: 手册未涉及) → eligibility (client facts + 能不能/行不行 …) → classify (company figures)
 *   → quote (product + amount, or a product cue word such as 贷/履约 + a figure
 *   (data/product-cues.json), or amount + fee cue) → product facts (product or bank-loan place/status + fee cue)
 *   → caps (a cap question naming no product: each product's bound)
 *   → needs (a situation, not a concept question, not a client's attitude)
 *   → handbook retrieval (which itself answers “手册未涉及” when nothing fits).
 * Cue words live in data/intents.json.
 */
import { z } from 'zod';
import raw from '../../../data/intents.json' with { type: 'json' };
import { givesFigure } from '../classify/index.js';
import { matchNeeds, type NeedMatch } from '../needs/index.js';
import { parseInput } from '../parse/index.js';
import { normalize } from '../parse/normalize.js';
import { withoutOthersRates } from '../parse/rates.js';
import { sectionTitled } from '../retrieval/handbook.js';
import { handbookIndex } from '../retrieval/search.js';
import { questionType } from '../retrieval/question-type.js';
import { unstatedRate } from '../retrieval/rates.js';
import { correctProductTypos } from '../retrieval/product-typo.js';
import { outOfScope } from '../retrieval/scope.js';
import { lexicon } from '../tables/lexicon.js';
import { productById } from '../tables/products.js';
import type { LabelledFigures, ParsedInput, ProductId } from '../types.js';
import { asksForProduct, isEligibilityQuestion, isPracticeQuestion, statesFailingFact } from './eligibility.js';
import { withCuedProduct } from './product-cues.js';

const Cues = z.array(z.string().min(1)).min(1);
const SmallTalk = z.object({ thanks: Cues, bye: Cues, praise: Cues, ack: Cues });
const IntentTable = z
  .object({
    greeting: Cues,
    smallTalk: SmallTalk,
    help: Cues,
    feeCues: Cues,
    classifyCues: Cues,
    classOnlyCues: Cues,
    situationCues: Cues,
    conceptCues: Cues,
    capCues: Cues,
    capAmountCues: Cues,
    capExcludeCues: Cues,
  })
  .loose();
export const intentTable = IntentTable.parse(raw);

export type Intent =
  | { kind: 'help' }
  /** tone: hello (你好), or small talk (谢谢 → thanks, 拜拜 → bye, 厉害 → praise, 好的 → ack). */
  | { kind: 'greeting'; tone: SmallTalkTone }
  /** classOnly: a question asking only the class (算几类, 是哪类) — answered at that grain (2.3), not a request to classify. */
  | { kind: 'classify'; input: ParsedInput; classOnly: boolean; text: string }
  | { kind: 'eligibility'; text: string; input: ParsedInput }
  | { kind: 'quote'; input: ParsedInput }
  | { kind: 'product_facts'; product: ProductId; input: ParsedInput; text: string }
  /** A cap question naming no product (单笔最多能担多少): every product's stated amount rule, none as general. */
  | { kind: 'caps' }
  | { kind: 'needs'; matches: NeedMatch[] }
  | { kind: 'visit'; text: string }
  | { kind: 'handbook'; text: string };

export type SmallTalkTone = 'hello' | keyof z.infer<typeof SmallTalk>;
const TONES = (['thanks', 'bye', 'praise', 'ack'] as const).map((tone) => [tone, [...intentTable.smallTalk[tone]].sort((a, b) => b.length - a.length)] as const);
/** What may surround small talk without making it a question: particles, address, intensifiers, punctuation. */
const SMALL_TALK_FILLER = /[啦了哈呀啊哦噢嗯呢吧么的你您们大家很真太非常挺好都也又辛苦啦~～!！。.,，、\s]|真是|实在|一直|今天|哈哈/gu;

/**
 * The tone of a message made only of small talk (谢谢啦 辛苦, 好的收到, 太厉害了), or null when anything else is
 * asked (谢谢，投标保函最高多少 is a question).
 */
export function smallTalkTone(t: string): Exclude<SmallTalkTone, 'hello'> | null {
  let rest = t;
  let tone: Exclude<SmallTalkTone, 'hello'> | null = null;
  for (const [name, words] of TONES) {
    for (const w of words) {
      if (!rest.includes(w)) continue;
      tone ??= name;
      rest = rest.split(w).join('');
    }
  }
  return tone && rest.replace(SMALL_TALK_FILLER, '') === '' ? tone : null;
}

const COMPANY_FIGURES: (keyof LabelledFigures)[] = ['netAssets', 'totalAssets', 'revenue', 'profit', 'debtRatio', 'yearsInBusiness', 'employees'];
/** Out-of-scope topics that never name a product or a fee (data/scope.json): incidental in a quote. */
const INCIDENTAL_TOPICS = new Set(['office', 'personal', 'family', 'travel', 'chat']);
const PRODUCT_FIGURES: (keyof LabelledFigures)[] = ['bidPrice', 'contractPrice', 'advancePayment', 'receivables', 'projectInvestment', 'ownFunds'];

/** Words naming a client's own money figure (营收, 净资产, 利润): an amount next to one is the client's, not a guarantee's. */
const CLIENT_MONEY_LABELS = lexicon.figures.filter((r) => (COMPANY_FIGURES as string[]).includes(r.key) && r.kind === 'money').flatMap((r) => r.labels);

/** A yes/no question in the A不A form (给不给做, 能不能做, 行不行, 可不可以) asks about what it names. */
const A_NOT_A = /(\p{Script=Han})不\1/u;

/** Characters a help message may add to its cue (这个怎么用, 担保助手怎么用). */
const HELP_SLACK = 4;

function has(text: string, cues: readonly string[]): boolean {
  return cues.some((c) => text.includes(c));
}

/**
 * 客户想在徽商银行贷1000万 合肥庐阳的 一年 担保费: the bank a loan is taken from says where the client borrows, as 1.1 has it
 * (推荐适合的贷款银行); our fee on it is still a quote. The bank's own rates (工行贷款利率, 建行利息) stay out of scope.
 */
const LENDER = /(?:在|找|从|向|跟|去)\p{Script=Han}{0,6}?(?:银行|工行|建行|农行|中行|邮储|农商行)(?:的)?(?:贷|借)/u;
const BANK_RATE = /利率|利息|息|lpr|基准|罚息|手续费/u;
function lenderNamed(t: string, topic: string, input: ParsedInput): boolean {
  return topic === 'market' && input.amount !== undefined && LENDER.test(t) && !BANK_RATE.test(t) && /担保费|保费|费率|多少钱/u.test(t);
}

/**
 * 注册资金一个亿 净资产600万 销售1200万 利润60万 几类: a client's registered capital said beside 2.3's figures is a fact of the
 * client, not our company's (the `company` topic); 2.3 never reads it (not 净资产), and /classify says so.
 */
const CAPITAL = /注册资[金本]/u;
function capitalBeside(word: string, companyFigures: number): boolean {
  return CAPITAL.test(word) && companyFigures >= 2;
}

/** True when `rest` (a message without its help cue) is two or more characters the handbook prints (以柔克刚, 陌拜法 …). */
function namesHandbookTerm(rest: string): boolean {
  const term = rest.replace(/[这个那该要应咋怎么如何的吗呢啊呀]/gu, '');
  return [...term].length >= 2 && [...handbookIndex().sectionDocs.values()].some((doc) => doc.includes(term));
}

/** Lower-case, half-width, without spaces and trailing punctuation. */
function simplify(text: string): string {
  return normalize(text)
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[!！?？。.~～,，…]+$/u, '');
}

export function route(message: string): Intent {
  let t = simplify(message);
  let text = message;
  if (t === '') return { kind: 'help' };
  // Visit reports and preparation: a prefix, then a separator, then the client and notes.
  const report = /^\s*写?拜访报告(?:[\s:：,，]+([\s\S]*))?$/.exec(text);
  if (report) return { kind: 'visit', text: report[1] ?? '' };
  const prep = /^\s*准备拜访[\s:：,，]*([\s\S]+)$/.exec(text);
  if (prep) return { kind: 'visit', text: `prep ${prep[1]}` };
  if (intentTable.greeting.some((g) => t === g || (t.startsWith(g) && t.length <= g.length + 3))) return { kind: 'greeting', tone: 'hello' };
  const tone = smallTalkTone(t);
  if (tone) return { kind: 'greeting', tone };
  // Help only when the cue is most of the message: “上下游延伸法怎么用” asks about the handbook, not the bot.
  // …and not when the rest names something the handbook teaches (以柔克刚怎么用 asks how to use a negotiation tactic).
  if (intentTable.help.some((c) => t.includes(c) && t.length <= c.length + HELP_SLACK && !namesHandbookTerm(t.replace(c, '')))) return { kind: 'help' };
  // 履越保函 is 履约保函: a product name a character off is read as the product before anything is decided.
  text = correctProductTypos(text);
  if (text !== message) t = simplify(text);

  const input = parseInput(text);
  // Out of scope first, then eligibility: a product we lack is never quoted with another's fees, and a topic the
  // handbook lacks (离婚, 去哪办) wins over the checklists — no scope word is a client fact the checklists decide
  // (征信, 抵押, 官司: test/core/intents/scope-first.test.ts), so 客户有官司还能做吗 still runs them (issue #12).
  // 别家才收2% 我们多少 asks our fee: the other company's rate is not the topic (parse/rates.ts notes it, unused).
  const lacking = outOfScope(withoutOthersRates(text));
  // A bound is a figure given as a limit (净资产不到四百万 settles 2.3 D类 as well as 净资产三百万 does).
  const companyFigures = COMPANY_FIGURES.filter((k) => givesFigure(input, [k])).length;
  // A quote (one of the nine with its amount) that mentions where it was discussed (2号楼301会议室) or an errand of the
  // day is still a quote: those topics never name a product or a fee. A product or rate topic still refuses.
  const quoteLike = input.products.length > 0 && (input.amount !== undefined || PRODUCT_FIGURES.some((k) => input.figures[k] !== undefined));
  if (lacking && !(quoteLike && INCIDENTAL_TOPICS.has(lacking.topic)) && !lenderNamed(t, lacking.topic, input) && !capitalBeside(lacking.word, companyFigures)) return { kind: 'handbook', text };
  // A need asked as “which product” (拿不出反担保，有没有啥产品能做) is answered by the need's product, not the checklists.
  const productForNeed = asksForProduct(text) && matchNeeds(t).length > 0;
  if (isEligibilityQuestion(text, input) && !has(t, intentTable.classOnlyCues) && !productForNeed) return { kind: 'eligibility', text, input };
  if (statesFailingFact(text, input) && !has(t, intentTable.classOnlyCues)) return { kind: 'eligibility', text, input };
  if (companyFigures >= 2 || (companyFigures === 1 && has(t, intentTable.classifyCues)))
    return { kind: 'classify', input, classOnly: has(t, intentTable.classOnlyCues) && questionType(text) !== 'other', text };

  const fee = has(t, intentTable.feeCues);
  const productFigure = PRODUCT_FIGURES.some((k) => input.figures[k] !== undefined) || input.advanceShare !== undefined || input.issuedPerformanceBond !== undefined;
  const product = input.products[0];
  // A fee asked of a product whose section states none (履约保函500万 费用多少): 手册未涉及 — a quote would show the
  // guarantee's amount (不低于50万), which reads as the fee asked. A rate the manager gives (日万五) is quoted with it.
  if (product && !input.rate && unstatedRate(text)) return { kind: 'handbook', text };
  if (product && (input.amount || productFigure || input.unclear?.length)) return { kind: 'quote', input };
  // Everyday wording (贷650万, 借款300万, 履约 合同价2000万): a cue word plus a figure is a quote.
  const cued = withCuedProduct(input, text);
  // … and so is one the cue words name (履约 合同价2000万 费用多少): retrieval answers 手册未涉及 for its section.
  if (!product && cued.products[0] && !input.rate && unstatedRate(text, [productById(cued.products[0]).section])?.section) return { kind: 'handbook', text };
  if (!product && cued.products[0] && (input.amount || productFigure || input.unclear?.length)) return { kind: 'quote', input: cued };
  // …but not a client's own figure asked about (目标客户一年营收得到多少 3个亿的肯定行吧 asks 2.5, quotes nothing).
  if (!product && input.amount && fee && !has(t, CLIENT_MONEY_LABELS)) {
    // 蚌埠的新户 650万 一年 担保费咋算: only 1.1 is priced by place and new/old client, so those name it.
    if (input.place || input.clientStatus)
      return { kind: 'quote', input: { ...input, products: ['bank_loan'], notes: [...input.notes, '没写产品：按地区和新老客户定费率的只有1.1，按银行贷款担保计'] } };
    return { kind: 'quote', input };
  }
  // A cap naming no product (一笔最多能担多少) is each product's own bound (1.1 3000万, 1.3 80万), never one as general.
  if (!product && !cued.products[0] && has(t, intentTable.capCues) && has(t, intentTable.capAmountCues) && !has(t, intentTable.capExcludeCues)) return { kind: 'caps' };
  // A rate of a product whose section states none (投标保函费率几个点): 手册未涉及, not the product's other figures.
  if (unstatedRate(text)) return { kind: 'handbook', text };
  if (input.products.length === 1 && product && fee) return { kind: 'product_facts', product, input, text };
  if (!product && fee && (input.place || input.clientStatus)) return { kind: 'product_facts', product: 'bank_loan', input, text };

  const needs = matchNeeds(t);
  // A question about a product we name (银行贷款担保能解决什么问题) is answered from its section, not as a situation.
  const aboutProduct = input.products.length > 0 && (questionType(text) !== 'other' || /什么|啥|哪|怎|几/u.test(t) || A_NOT_A.test(t));
  // A question repeating a handbook topic's title (融资建议一般给啥) asks about that topic, not for a product.
  const aboutTopic = sectionTitled(t) !== undefined;
  // A question asking a class (归哪类客户) is 2.3's, however the client is described (不缺钱 is a need's words).
  const asksClass = has(t, intentTable.classOnlyCues);
  if (needs.length > 0 && has(t, intentTable.situationCues) && !has(t, intentTable.conceptCues) && !isPracticeQuestion(text) && !aboutProduct && !aboutTopic && !asksClass)
    return { kind: 'needs', matches: needs };
  return { kind: 'handbook', text };
}
