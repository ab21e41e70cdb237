/**
 * What the handbook does not cover (data/scope.json): a question naming a product the company does not
 * have, the company's own registration data, pay and HR, subsidies, claims and recovery, law and tax
 * specifics, banks' and competitors' rates, travel or small talk is answered 手册未涉及 — before any quote,
 * product-facts or retrieval route, so that no other product's fee is ever offered for it.
 *
 * @example outOfScope('融资租赁担保费率多少')?.topic   // → 'product'
 * @example outOfScope('质量保函怎么开')?.word          // → '质量保函' (a 保函 kind the handbook lacks)
 * @example outOfScope('投标保函最高多少')              // → null
 */
import { z } from 'zod';
import raw from '../../../data/scope.json' with { type: 'json' };
import { products } from '../tables/products.js';
import { regions } from '../tables/regions.js';
import { normalize } from './normalize.js';

const ScopeSchema = z.object({
  guaranteeKinds: z.array(z.string().min(1)).min(1),
  guaranteeVerbs: z.array(z.string().min(1)),
  topics: z
    .array(
      z.object({
        id: z.string().min(1),
        label: z.string().min(1),
        suggest: z.array(z.string()),
        words: z.array(z.string().min(2)).min(1),
        /** The handbook's own use of a word (补贴 of 15.3.1.2's 交易型客户): the topic does not apply. */
        unless: z.array(z.string().min(2)).optional(),
        /**
         * The topic applies only when the question also names one of these (去哪办 of 贷款卡 or 环评: an errand for a
         * document the handbook names only as a client condition). They may be client facts: alone they decide nothing.
         */
        about: z.array(z.string().min(2)).optional(),
      }),
    )
    .min(1),
  unnamedProducts: z.object({
    heads: z.array(z.string().min(1)).min(1),
    generic: z.array(z.string().min(1)),
    qualifiers: z.array(z.string().min(1)).min(1),
    rateAsks: z.array(z.string().min(1)),
    borrowers: z.array(z.string().min(1)),
    verbsBeforeLoan: z.array(z.string().min(1)),
    whereWords: z.array(z.string().min(1)),
  }),
  rates: z.object({
    ask: z.array(z.string().min(1)).min(1),
    kinds: z
      .array(
        z.object({
          id: z.string().min(1),
          label: z.string().min(1),
          words: z.array(z.string().min(2)).min(1),
          asks: z.array(z.string()),
          /** Only the kind's own asks ask it (多久, 几天 — not 多少 of the shared list). */
          ownAsksOnly: z.boolean().optional(),
          /** Words of the question that make a kind word mean something else (投标 … 保证金: 1.3's product). */
          unless: z.array(z.string().min(1)).optional(),
          /** What a stating sentence holds: a percentage (default) or a duration. */
          figure: z.enum(['percent', 'duration']).optional(),
        }),
      )
      .min(1),
  }),
});
const scope = ScopeSchema.parse(raw);
/** How-words said as managers say them: a word written with 怎么 (怎么查, 怎么变更) also matches 咋查, 如何查, 怎样查. */
const HOW_VARIANTS = ['咋', '如何', '怎样'];
const spoken = (words: string[]): string[] => words.flatMap((w) => [w, ...(w.includes('怎么') ? HOW_VARIANTS.map((v) => w.replace('怎么', v)) : [])]);
const topics = scope.topics.map((t) => ({
  ...t,
  words: [...new Set(spoken(t.words).map(normalize))],
  unless: spoken(t.unless ?? []).map(normalize),
  about: t.about?.map(normalize),
}));
/** The rate-question table (data/scope.json `rates`): what a fee / interest / deposit rate question asks. */
export const rateTable = scope.rates;
const productTopic = topics.find((t) => t.id === 'product')!;

export interface OutOfScope {
  /** Topic id of data/scope.json ('product', 'hr', …). */
  topic: string;
  /** What the handbook lacks, in words for the reply. */
  label: string;
  /** The table's word found in the question (never the user's own text). */
  word: string;
  /** Sections whose titles are offered instead (never their figures). */
  suggest: string[];
}

/** The 保函 kinds the question names that the handbook does not have (关税保函, 质量保函 …). */
function unknownGuaranteeLetter(text: string): string | null {
  for (const m of text.matchAll(/(\p{Script=Han}{0,4})保函/gu)) {
    const before = m[1]!;
    if (before === '' || scope.guaranteeKinds.some((k) => before.endsWith(k))) continue;
    if (scope.guaranteeVerbs.some((v) => before.endsWith(v)) || /[哪些的么什啥种类个]$/u.test(before)) continue;
    return `${[...before].slice(-2).join('')}保函`;
  }
  return null;
}

const unnamed = { ...scope.unnamedProducts, qualifiers: [...scope.unnamedProducts.qualifiers, ...regions.flatMap((r) => [r.name, ...r.aliases])].map(normalize) };
const heads = unnamed.heads.map(normalize).sort((a, b) => b.length - a.length);
const generic = new Set(unnamed.generic.map(normalize));
/** The nine's names and aliases but the bare generic ones, longest first: taken out before heads are read. */
const knownNames = [...new Set(products.flatMap((p) => [p.name, ...p.aliases]).map(normalize))].filter((a) => !generic.has(a)).sort((a, b) => b.length - a.length);
/** Words of a fee or interest-rate question: the fee kind's words, and the interest kind's rate words (利息 alone is a client's debt). */
const feeWords = [...scope.rates.kinds.flatMap((k) => (k.id === 'fee' ? k.words : k.id === 'interest' ? ['利率', ...k.asks] : [])), ...scope.unnamedProducts.rateAsks].map(normalize);
const HAN = /\p{Script=Han}/u;
/** Characters read before a head. */
const PREFIX_CHARS = 6;
/** A head followed by one of these is a word of its own (担保人, 担保公司, 贷款额度), not a product. */
const HEAD_OF_OTHER = /^[人方物额金率公合业机行期条事项]$/u;

/**
 * A product the question names by 〈X〉+ head that is not one of the nine, in a fee or interest question
 * (房地产开发贷担保收费 → 开发贷): 手册未涉及 — never 1.1's rates for it.
 *
 * @example unnamedProduct('房地产开发贷担保收费')   // → '地产开发贷'
 * @example unnamedProduct('外地老客户贷款担保费率')  // → null (who borrows: a qualifier)
 */
/**
 * True when the words before a head are qualifiers (外地新客户, 流动资金, 可以给他做), read from the end, up to one
 * character (the end of a word cut by the window), or reach a borrower (中小企业, 科技公司: whoever borrows, any
 * enterprise's bank loan is 1.1); 船舶融资 is not: 船舶 names a kind.
 */
function qualified(before: string, cut: boolean): boolean {
  // One character left is the end of a word cut by the window only when the window was cut (国元担保: 国 is X's own).
  if ([...before].length === 0 || (cut && [...before].length <= 1) || unnamed.borrowers.some((b) => before.endsWith(b))) return true;
  const q = unnamed.qualifiers.find((x) => before.endsWith(x));
  return q !== undefined && qualified(before.slice(0, before.length - q.length), cut);
}

/**
 * A figure, a condition or a question word said in the words before a product head: 两年, 四百万, 三个月, 的话, 实际收多少
 * — no product's name holds one.
 */
const SAID_FIGURE = /[0-9零一二两三四五六七八九十半百千]\s*(?:个)?(?:年|月|天|日|周|万|亿)|的话|多少|什么|怎么|几/u;

/** Verbs whose object is a fee: 退, 交, 收, 付, 缴, 免, 减 (才退担保费 names no product 〈…才退〉担保). */
const FEE_VERB = /[退交收付缴免减补扣](?:还)?$/u;

export function unnamedProduct(text: string): string | null {
  if (!feeWords.some((w) => text.includes(w))) return null;
  let t = text;
  for (const name of knownNames) t = t.split(name).join('、');
  const cs = [...t];
  for (let i = 0; i < cs.length;) {
    const head = heads.find((h) => cs.slice(i, i + [...h].length).join('') === h);
    if (!head) {
      i++;
      continue;
    }
    // 担保人, 担保公司, 贷款额: the party or firm of a guarantee, not a product's name.
    if (head !== '保险' && HEAD_OF_OTHER.test(cs[i + [...head].length] ?? '')) {
      i += [...head].length;
      continue;
    }
    let start = i;
    while (start > 0 && i - start < PREFIX_CHARS && HAN.test(cs[start - 1]!) && cs[start - 1] !== '、') start--;
    const before = cs.slice(start, i).join('');
    const cut = start > 0 && HAN.test(cs[start - 1]!) && cs[start - 1] !== '、';
    i += [...head].length;
    // 王总那边贷款, 肥西县桃花工业园贷款: words before the head that say where (那边, 园, 县) name no kind of loan.
    if (unnamed.whereWords.some((w) => before.includes(w))) continue;
    // 四百万吧借两年的话担保费: an amount, a term or a conditional (的话) before the head is a voice run-on, not a name.
    if (SAID_FIGURE.test(before)) continue;
    // 想贷个三百万, 要贷款: 贷 after a modal is the verb "to borrow" (做机械的想贷 is no product 〈做机械的想〉贷).
    if (head.startsWith('贷') && unnamed.verbsBeforeLoan.some((v) => before.endsWith(v))) continue;
    // 才退担保费, 要交担保费, 先收担保费: a verb of paying before 担保(费) makes the fee its object, not a product's name.
    if (head === '担保' && FEE_VERB.test(before)) continue;
    // A head right after another (续贷担保, 经营贷担保) continues the product whose X was read at the first.
    if (head === '保险' || !(heads.some((h) => before.endsWith(h)) || qualified(before, cut))) return `${before}${head}`;
  }
  return null;
}

export function outOfScope(question: string): OutOfScope | null {
  const text = normalize(question);
  for (const t of topics) {
    const word = t.words.find((w) => text.includes(w));
    if (!word || t.unless.some((u) => text.includes(u))) continue;
    if (!t.about) return { topic: t.id, label: t.label, word, suggest: t.suggest };
    const about = t.about.find((a) => text.includes(a));
    if (about) return { topic: t.id, label: t.label, word: `${about}（${word}）`, suggest: t.suggest };
  }
  const compared = comparedWithUs(text);
  if (compared) return compared;
  const letter = unknownGuaranteeLetter(text) ?? unnamedProduct(text);
  if (letter) return { topic: productTopic.id, label: productTopic.label, word: letter, suggest: productTopic.suggest };
  return null;
}

/**
 * 我们和中小担比哪个费率低, 咱跟工行比谁快: another party set beside us, with something between (the `compare` topic's word
 * list holds only the adjacent forms, 和我们比), is the same comparison the handbook does not make — never 1.1's rates.
 */
const WITH_US =
  /(?:我们|咱们|我司|我公司|咱)(?:和|跟|与|同)[^，,。；;？?！!\s]{1,8}?(?:比|相比|对比)|(?:和|跟|与|同)[^，,。；;？?！!\s]{1,8}?(?:比|相比|对比)(?:起来)?[^，,。；;？?！!]{0,4}(?:我们|咱们|我司|咱)/u;
const compareTopic = topics.find((t) => t.id === 'compare');
const PRICE_OR_SPEED = /[费价贵宜利息点快慢低高算惠少]/u;

function comparedWithUs(text: string): OutOfScope | null {
  const m = WITH_US.exec(text);
  if (!m || !compareTopic?.about || compareTopic.unless.some((u) => text.includes(u))) return null;
  // Price and speed only: 我们和银行比有啥好处 asks what 1.1 says a guarantee does for the client.
  const about = compareTopic.about.find((a) => PRICE_OR_SPEED.test(a) && text.includes(a));
  return about ? { topic: compareTopic.id, label: compareTopic.label, word: `${about}（${m[0]}）`, suggest: compareTopic.suggest } : null;
}
