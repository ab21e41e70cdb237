/** The word tables of the no-model extractor (data/visits.json `extractor`), checked at load. */
import { z } from 'zod';
import raw from '../../../data/visits.json' with { type: 'json' };

const Words = z.array(z.string().min(1)).min(1);

const Extractor = z.object({
  section: z.literal('4.2'),
  splitBefore: Words,
  /** “没问题”: says there is no problem; not a 遇到的问题 cue. */
  notProblem: Words,
  fieldCues: z.object({ 遇到的问题: Words, 下一步工作重点及建议: Words, 会谈目标: Words, 准备工作: Words, agreement: Words }),
  meetingWords: Words,
  companionCues: Words,
  titles: Words,
  addressOnly: Words,
  surnames: z.string().min(10),
  notATitleAfter: Words,
  places: Words,
  notPlaces: Words,
});

const Calendar = z.object({ kind: z.literal('calendar'), note: z.string(), dates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).min(1) });

const parsed = z.object({ extractor: Extractor, springFestival: Calendar }).loose().parse(raw);

export const visitWords = parsed.extractor;
/** 农历正月初一 by year (public calendar), for 年后. */
export const springFestivals: readonly string[] = parsed.springFestival.dates;

/** A regex alternation of words, longest first (so 问题是 wins over 问题). */
export const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
