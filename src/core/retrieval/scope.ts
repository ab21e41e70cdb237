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
  rates: z.object({
    ask: z.array(z.string().min(1)).min(1),
    kinds: z.array(z.object({ id: z.string().min(1), label: z.string().min(1), words: z.array(z.string().min(2)).min(1), asks: z.array(z.string()) })).min(1),
  }),
});
const scope = ScopeSchema.parse(raw);
const topics = scope.topics.map((t) => ({ ...t, words: t.words.map(normalize), unless: (t.unless ?? []).map(normalize), about: t.about?.map(normalize) }));
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

export function outOfScope(question: string): OutOfScope | null {
  const text = normalize(question);
  for (const t of topics) {
    const word = t.words.find((w) => text.includes(w));
    if (!word || t.unless.some((u) => text.includes(u))) continue;
    if (!t.about) return { topic: t.id, label: t.label, word, suggest: t.suggest };
    const about = t.about.find((a) => text.includes(a));
    if (about) return { topic: t.id, label: t.label, word: `${about}的办理`, suggest: t.suggest };
  }
  const letter = unknownGuaranteeLetter(text);
  if (letter) return { topic: productTopic.id, label: productTopic.label, word: letter, suggest: productTopic.suggest };
  return null;
}
