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

/**
 * Local wall-clock parts of `now` in `tz`: for the job's catch-up check.
 * @example localParts(new Date('2026-12-01T01:05:00Z'), 'Asia/Shanghai') // { date: '2026-12-01', hour: 9, minute: 5, weekday: 2 }
 */
export function localParts(now: Date, tz: string): { date: string; hour: number; minute: number; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, hour12: false, hour: '2-digit', minute: '2-digit', weekday: 'short' }).formatToParts(now);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return { date: localDate(now, tz), hour: Number(get('hour')) % 24, minute: Number(get('minute')), weekday };
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
