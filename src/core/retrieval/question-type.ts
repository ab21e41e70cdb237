/**
 * The question's type from its wording (data/question-types.json): how long / how much / list / why /
 * what / which / how / can-we, or 'other'. Decides the grain of the answer: `list` → a section's children
 * or its whole list; the others → the sentence that answers, raised by the type's answer words.
 *
 * @example questionType('民间借贷一般借多久')   // → 'how_long'
 * @example questionType('你们有哪些担保产品')   // → 'list'
 */
import { z } from 'zod';
import raw from '../../../data/question-types.json' with { type: 'json' };
import { normalize } from './normalize.js';

const QuestionTypes = z.object({
  types: z.array(
    z.object({
      id: z.enum(['how_long', 'how_much', 'list', 'why', 'what', 'which', 'how', 'can']),
      ask: z.array(z.string().min(1)).min(1),
      answer: z.array(z.string().min(1)),
      figure: z.string().min(1).optional(),
      /** A pattern asking this type beside the cue words (the A不A yes-no form: 做不做, 算不算). */
      askPattern: z.string().min(1).optional(),
      /** Phrases holding a cue that do not ask this type (约时间 names an appointment, not a duration). */
      notAsk: z.array(z.string().min(1)).optional(),
    }),
  ),
  /** Wording asking what comes after a step (拜访完了要干嘛), whatever the type, and words of the sentence saying it (结束后, 开始). */
  next: z.object({ ask: z.array(z.string().min(1)).min(1), answer: z.array(z.string().min(1)).min(1) }),
  labels: z.array(z.object({ label: z.string().min(2), ask: z.array(z.string().min(1)).min(1) })),
});
const parsed = QuestionTypes.parse(raw);
const types = parsed.types;

/**
 * The passage labels a question asks for by its wording (有啥用 → 功能; 卖点 → 特点): the passage so labelled
 * (产品功能:, 产品特点:) answers it. `text` is normalised (Query.text): this runs for every sentence scoring.
 *
 * @example askedLabels('贷款担保对企业有什么用')   // → ['功能']
 */
export function askedLabels(text: string): string[] {
  return parsed.labels.filter((l) => l.ask.some((a) => text.includes(a))).map((l) => l.label);
}

/**
 * The words of a sentence saying what follows, when the question asks what comes after a step (拜访完了要干嘛 →
 * 拜访结束后…; 客户承认需求以后下一步干嘛 → …的开始); else none. `text` is normalised (Query.text).
 *
 * @example nextCues('拜访完了要干嘛').includes('结束后')   // → true
 * @example nextCues('拜访前要准备什么')                   // → []
 */
export function nextCues(text: string): readonly string[] {
  return parsed.next.ask.some((a) => asksAfter(text, a)) ? parsed.next.answer : [];
}

/** 下一步/接下来 ask what follows a step only after one is named done (客户承认需求了 接下来…); 我下一步咋弄 after a refusal asks how. */
const BARE_NEXT = new Set(['下一步', '接下来']);

function asksAfter(text: string, cue: string): boolean {
  const at = text.indexOf(cue);
  if (at === -1) return false;
  return !BARE_NEXT.has(cue) || /[了完后]/u.test(text.slice(0, at));
}

export type QuestionType = (typeof types)[number]['id'] | 'other';

export function questionType(question: string): QuestionType {
  const text = normalize(question);
  return (
    types.find((t) => {
      const rest = (t.notAsk ?? []).reduce((r, p) => r.split(p).join(' '), text);
      return t.ask.some((a) => rest.includes(a)) || askPatterns.get(t.id)?.test(rest) === true;
    })?.id ?? 'other'
  );
}

/** Words a sentence answering this type tends to contain. */
export function answerCues(type: QuestionType): readonly string[] {
  return types.find((t) => t.id === type)?.answer ?? [];
}

const askPatterns = new Map(types.flatMap((t) => (t.askPattern ? [[t.id, new RegExp(t.askPattern, 'u')] as const] : [])));

const figures = new Map(types.flatMap((t) => (t.figure ? [[t.id, new RegExp(t.figure, 'u')] as const] : [])));

/**
 * The pattern of the figure answering a how-long / how-much question (一个月, 24个月, 1.8%, 百分之十), or null:
 * a sentence stating one answers, not one that only names the topic (约定期限, 担保收费).
 */
export function figurePattern(type: QuestionType): RegExp | null {
  return type === 'other' ? null : (figures.get(type) ?? null);
}
