/**
 * Calendar dates as `YYYY-MM-DD` strings, judged in a given IANA time zone (NUDGE_TZ), never the
 * server's. Pure: the caller passes `now`. Day arithmetic is done in UTC on the date alone, so no
 * zone or DST can shift a day. Shared by the archive, visits and the nudge engine.
 */

/** Building an Intl.DateTimeFormat costs far more than using one: one per zone. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(tz: string): Intl.DateTimeFormat {
  let f = dayFormats.get(tz);
  if (!f) dayFormats.set(tz, (f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f;
}

/** The calendar date of `now` in `tz`. @example localDate(new Date('2026-11-30T16:30:00Z'), 'Asia/Shanghai') // '2026-12-01' */
export function localDate(now: Date, tz: string): string {
  const parts = dayFormat(tz).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const DAY_MS = 86_400_000;
const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;

/** Days since 1970-01-01 of a `YYYY-MM-DD` string (read by char codes: this runs per client per nudge). */
function dayNumber(date: string): number {
  const y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const m = digit(date, 5) * 10 + digit(date, 6);
  const d = digit(date, 8) * 10 + digit(date, 9);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** `date` plus `days`. */
export function addDays(date: string, days: number): string {
  const t = new Date((dayNumber(date) + days) * DAY_MS);
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

function valid(y: number, m: number, d: number): string | undefined {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A date a manager typed: `2026-11-28`, `2026/11/28`, `2026年11月28日`, `11月28日` / `11-28`
 * (this year, or last year if that would be in the future), `今天`, `昨天`, `前天`.
 * Returns undefined when the text is not a date or not a real one (no 2月30日).
 */
export function readDate(text: string, today: string): string | undefined {
  const t = text.trim();
  if (t === '今天' || t === '今日') return today;
  if (t === '昨天' || t === '昨日') return addDays(today, -1);
  if (t === '前天') return addDays(today, -2);
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/月](\d{1,2})[日号]?$/.exec(t);
  if (m) {
    const year = Number(today.slice(0, 4));
    const d = valid(year, Number(m[1]), Number(m[2]));
    return d && d > today ? valid(year - 1, Number(m[1]), Number(m[2])) : d;
  }
  return undefined;
}

export const isLeapYear = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/**
 * The date in `year` of a yearly date (`MM-DD` or `YYYY-MM-DD`; only month and day count).
 * 29 February in a year without one falls on 28 February (the last day of February — the
 * day most people born on 29 February celebrate; Chinese law counts the age from 1 March,
 * but a greeting a day early is better than one a day late).
 * @example yearlyOn('02-29', 2027) // '2027-02-28'
 * @example yearlyOn('1980-02-29', 2028) // '2028-02-29'
 */
export function yearlyOn(yearly: string, year: number): string {
  const md = yearly.length === 10 ? yearly.slice(5) : yearly;
  const y = String(year).padStart(4, '0');
  if (md === '02-29' && !isLeapYear(year)) return `${y}-02-28`;
  return `${y}-${md}`;
}

/**
 * The next occurrence of a yearly date on or after `today`.
 * @example nextYearly('01-02', '2026-12-31') // '2027-01-02'
 */
export function nextYearly(yearly: string, today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = yearlyOn(yearly, year);
  return thisYear >= today ? thisYear : yearlyOn(yearly, year + 1);
}

/** `2026-12-01` → `12月1日`. */
export function monthDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** Day of the week of a `YYYY-MM-DD`: 0 = Sunday … 6 = Saturday. @example weekdayOf('2026-11-26') // 4 */
export function weekdayOf(date: string): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** The last day of `date`'s month. @example monthEnd('2026-02-10') // '2026-02-28' */
export function monthEnd(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return addDays(m === 12 ? `${y + 1}-01-01` : `${y}-${pad2(m + 1)}-01`, -1);
}

const WEEKDAY = '[一二三四五六日天1-7]';
const weekdayIndex = (c: string): number => ('日天'.includes(c) ? 7 : '一二三四五六'.indexOf(c) + 1 || Number(c));
/** Monday (ISO) of the week of `date`, plus `weeks` weeks and then day `iso` (1 = Monday … 7 = Sunday). */
const weekDay = (date: string, weeks: number, iso: number): string => addDays(date, -((weekdayOf(date) + 6) % 7) + weeks * 7 + iso - 1);
const SMALL = '(\\d{1,3}|[一二两三四五六七八九十]{1,3}|半)';
const small = (s: string): number => (s === '半' ? 0.5 : /^\d+$/.test(s) ? Number(s) : s === '两' ? 2 : (readCnSmall(s) ?? NaN));
function readCnSmall(s: string): number | undefined {
  const d = (c: string | undefined) => (c === undefined ? undefined : '一二三四五六七八九'.indexOf(c) + 1 || undefined);
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? d(m[1])! : 1) * 10 + (m[2] ? d(m[2])! : 0);
  return s.length === 1 ? d(s) : undefined;
}

export interface DateWordOptions {
  /** 'past': when something happened, seen from `base` = today. 'future': a plan, seen from `base` = the visit date. */
  direction: 'past' | 'future';
  /** 农历正月初一 of the years 年后 can be read in (data/visits.json springFestival). */
  springFestivals?: readonly string[];
}

/**
 * The first date a manager names in words within `text`, relative to `base` (docs/rules.md, “Dates in
 * visit notes”). Weeks start on Monday. Returns the date and the words it was read from.
 * - past: 今天/昨天/前天, 上周五 (last week's Friday), 周三 (this week's, else last week's), 11月20日
 *   (this year or last), 2026-11-20.
 * - future: 明天/后天/大后天, 下周二 (next week's Tuesday), 下下周一, 这周五/本周五 (this week's, if not
 *   before base), 周五/星期五 (the next Friday after base), 下周 (next Monday), 月底 (the month's last day;
 *   the next month's when base is that day), 月初/下个月 (the 1st of the next month), 三天后/两周后/一个月后,
 *   过两天, 12月5日 (on or after base, within a year), 年后 (the first Monday–Friday on or after 正月初八).
 * @example readDateWords('下周二再去送材料', '2026-11-26', { direction: 'future' }) // { date: '2026-12-01', text: '下周二' }
 * @example readDateWords('上周五去客户那', '2026-11-26', { direction: 'past' }) // { date: '2026-11-20', text: '上周五' }
 */
export function readDateWords(text: string, base: string, opts: DateWordOptions): { date: string; text: string } | undefined {
  const readers = opts.direction === 'past' ? pastReaders : futureReaders(opts.springFestivals ?? []);
  let best: { date: string; text: string; at: number } | undefined;
  for (const [rx, read] of readers) {
    for (const m of text.matchAll(new RegExp(rx, 'g'))) {
      if (best && m.index >= best.at) break;
      const date = read(m, base);
      if (date) best = { date, text: m[0], at: m.index };
      if (date) break;
    }
  }
  return best && { date: best.date, text: best.text };
}

type Reader = [string, (m: RegExpMatchArray, base: string) => string | undefined];

const FULL: Reader = ['(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})[日号]?', (m) => valid(Number(m[1]), Number(m[2]), Number(m[3]))];

const pastReaders: Reader[] = [
  FULL,
  ['(?<![\\d年])(\\d{1,2})月(\\d{1,2})[日号]?', (m, base) => readDate(`${m[1]}月${m[2]}日`, base)],
  ['今天|今日|今早|今晚|今儿', (_m, base) => base],
  ['大前天', (_m, base) => addDays(base, -3)],
  ['前天', (_m, base) => addDays(base, -2)],
  ['昨天|昨日|昨晚|昨儿', (_m, base) => addDays(base, -1)],
  [`上(?:周|星期|礼拜)(${WEEKDAY})`, (m, base) => weekDay(base, -1, weekdayIndex(m[1]!))],
  [
    `(?<![上下这本小老])(?:周|星期|礼拜)(${WEEKDAY})(?![起些样直旦])`,
    (m, base) => {
      const d = weekDay(base, 0, weekdayIndex(m[1]!));
      return d <= base ? d : weekDay(base, -1, weekdayIndex(m[1]!));
    },
  ],
];

function futureReaders(springFestivals: readonly string[]): Reader[] {
  return [
    FULL,
    [
      '(?<![\\d年])(\\d{1,2})月(\\d{1,2})[日号]?',
      (m, base) => {
        const d = readDate(`${m[1]}月${m[2]}日`, addDays(base, 366));
        return d && d >= base ? d : undefined;
      },
    ],
    ['大后天', (_m, base) => addDays(base, 3)],
    ['后天', (_m, base) => addDays(base, 2)],
    ['明天|明日|明早', (_m, base) => addDays(base, 1)],
    [`下下(?:周|星期|礼拜)(${WEEKDAY})`, (m, base) => weekDay(base, 2, weekdayIndex(m[1]!))],
    [`下(?:周|星期|礼拜)(${WEEKDAY})`, (m, base) => weekDay(base, 1, weekdayIndex(m[1]!))],
    [
      `(?:这|本)(?:周|星期|礼拜)(${WEEKDAY})`,
      (m, base) => {
        const d = weekDay(base, 0, weekdayIndex(m[1]!));
        return d >= base ? d : undefined;
      },
    ],
    [
      `(?<![上下这本小老])(?:周|星期|礼拜)(${WEEKDAY})(?![起些样直旦])`,
      (m, base) => {
        const d = weekDay(base, 0, weekdayIndex(m[1]!));
        return d > base ? d : weekDay(base, 1, weekdayIndex(m[1]!));
      },
    ],
    ['下下(?:周|星期|礼拜)', (_m, base) => weekDay(base, 2, 1)],
    ['下(?:周|星期|礼拜)', (_m, base) => weekDay(base, 1, 1)],
    ['月底|月末', (_m, base) => (monthEnd(base) > base ? monthEnd(base) : monthEnd(addDays(base, 1)))],
    ['下(?:个)?月初?|月初', (_m, base) => addDays(monthEnd(base), 1)],
    [
      `${SMALL}(?:个)?(天|周|星期|礼拜|个月|月)(?:以?后|之后)`,
      (m, base) => {
        const n = small(m[1]!);
        if (!Number.isFinite(n) || n <= 0) return undefined;
        const unit = m[2]!;
        const days = unit === '天' ? n : unit.endsWith('月') ? n * 30 : n * 7;
        return Number.isInteger(days) ? addDays(base, days) : undefined;
      },
    ],
    ['过两天|过几天|过两三天', (m, base) => addDays(base, m[0] === '过两天' ? 2 : 3)],
    ['年后|过完年|春节后|节后', (_m, base) => afterSpringFestival(base, springFestivals)],
  ];
}

/**
 * 年后: the first Monday–Friday on or after 正月初八 of the next Spring Festival after `base`
 * (docs/rules.md); undefined when the table does not reach that year.
 * @example afterSpringFestival('2026-11-26', ['2027-02-06']) // '2027-02-15' (初八 is a Saturday)
 */
export function afterSpringFestival(base: string, springFestivals: readonly string[]): string | undefined {
  const festival = [...springFestivals].sort().find((d) => addDays(d, 7) > base);
  if (!festival) return undefined;
  let d = addDays(festival, 7);
  while (weekdayOf(d) === 0 || weekdayOf(d) === 6) d = addDays(d, 1);
  return d;
}
