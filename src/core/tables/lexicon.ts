/**
 * Lexicon of core/parse (units, numerals, label words, stop words), checked by zod
 * when the module loads. Each group names a handbook section or 'setting'.
 */
import { z } from 'zod';
import raw from '../../../data/lexicon.json' with { type: 'json' };

const Section = z.union([z.string().regex(/^\d+(\.\d+)*$/), z.literal('setting')]);
const Word = z.string().min(1);
const Words = z.array(Word).min(1);

export const figureKeys = [
  'liabilities',
  'bidPrice',
  'contractPrice',
  'advancePayment',
  'receivables',
  'recovered',
  'netAssets',
  'totalAssets',
  'revenue',
  'profit',
  'debtRatio',
  'yearsInBusiness',
  'employees',
  'projectInvestment',
  'ownFunds',
] as const;

const FigureRow = z.object({
  key: z.enum(figureKeys),
  kind: z.enum(['money', 'percent', 'years', 'count']),
  section: Section,
  labels: Words,
  /** A figure that may be negative (利润-300万). */
  signed: z.boolean().optional(),
  /** Words that give the figure as a loss: 亏损300万 → −300万 (2.3 利润). */
  lossLabels: Words.optional(),
  /** Labels used only when no other label of the row gives the figure (利润总额 when 净利润 is absent). */
  weakLabels: Words.optional(),
  /** A per-year figure (2.3): a shorter period before its label is annualised or asked (figurePeriods). */
  perYear: z.boolean().optional(),
});

const Per = z.enum(['year', 'month', 'day']);

export const Lexicon = z
  .object({
    units: z.object({
      section: Section,
      money: z.array(z.object({ word: Word, yuan: z.number().positive() })).min(1),
      currencyMarks: Words,
      foreign: Words,
    }),
    numerals: z.object({
      digits: z.record(z.string().length(1), z.number().int().min(0).max(9)),
      smallUnits: z.record(z.string().length(1), z.number().int().positive()),
      bigUnits: z.record(z.string().length(1), z.number().int().positive()),
    }),
    bareNumber: z.object({ section: Section, wanBelow: z.number().positive() }).loose(),
    limits: z.object({
      section: Section,
      maxYuan: z.number().positive(),
      maxTermMonths: z.number().int().positive(),
      maxTermDays: z.number().int().positive(),
      maxRatePercent: z.number().positive(),
      maxInputChars: z.number().int().positive(),
    }),
    figures: z.array(FigureRow).length(figureKeys.length),
    figurePeriods: z.object({ section: Section, annualise: z.record(Word, z.number().positive()), ask: Words }),
    notFigures: z.object({ section: Section, words: Words }),
    notAmounts: z.object({ section: Section, idLabels: Words, headCounts: Words, placeNumbers: Words }).loose(),
    denials: z.object({ section: Section, words: Words, between: Words }).loose(),
    figureBounds: z.object({ section: Section, filler: Words, below: Words, atMost: Words, above: Words, atLeast: Words }).loose(),
    figureStates: z.array(
      z
        .object({
          section: Section,
          key: z.enum(['profit', 'netAssets', 'yearsInBusiness']),
          words: Words,
          value: z.number().optional(),
          below: z.number().optional(),
        })
        .loose()
        .refine((r) => (r.value === undefined) !== (r.below === undefined), 'a state gives a value or a bound, not both'),
    ),
    rates: z
      .object({
        section: Section,
        periods: z.record(z.string().length(1), Per),
        labels: Words,
        others: Words,
        fen: z.object({ section: Section, percent: z.record(Per, z.object({ 分: z.number().positive(), 厘: z.number().positive() })) }).loose(),
      })
      .loose(),
    terms: z.object({ section: Section, labels: Words, weekDays: z.number().int().positive() }).loose(),
    status: z.object({
      section: Section,
      words: z.array(z.object({ word: Word, status: z.enum(['new', 'returning']) })).min(1),
      standalone: z.record(z.string().length(1), z.enum(['new', 'returning'])),
      negations: Words,
      referrals: Words,
    }),
    placeCues: z.object({ section: Section, negations: Words, near: Words, other: Words, client: Words }),
    industries: z.array(z.object({ id: z.enum(['manufacturing', 'trade', 'services', 'real_estate']), section: Section, words: Words })),
    lifeStages: z.array(z.object({ id: z.enum(['startup', 'growth', 'mature', 'decline']), section: Section, words: Words })),
    lowestEvaluatedBid: z.object({ section: Section, words: Words }),
    earlyRepayment: z.object({ section: Section, words: Words, verbs: Words }),
    shields: z.object({ words: Words }).loose(),
    stopwords: Words,
  })
  .loose();

export type Lexicon = z.infer<typeof Lexicon>;
export type FigureRow = z.infer<typeof FigureRow>;

export const lexicon: Lexicon = Lexicon.parse(raw);
