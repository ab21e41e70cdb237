/**
 * A visit report drafted from rough notes without a model (4.2 step 6): labelled pieces
 * (`参加人员：王总、李会计`) go to their field, unlabelled sentences to 主要内容和达成的共识,
 * the first date is the visit date (else today), a date after 下次/下一步 is the next follow-up
 * (else the visit date + the followUpDays setting). Fields the notes do not fill stay null (待补充).
 */
import { addDays, readDate } from '../dates.js';
import { sanitizeText } from '../text/sanitize.js';
import { REPORT_FIELDS, visitTable, type ReportField } from './table.js';

export type Draft = Record<ReportField, string | null> & { visitDate: string; nextFollowUp: string };

const labelIndex: Array<{ label: string; field: ReportField }> = visitTable.reportFields
  .flatMap((r) => r.labels.map((label) => ({ label, field: r.field })))
  .sort((a, b) => b.label.length - a.label.length);

/** A list bullet or number at the start of a line (`- `, `• `, `1. `, `2、`, `(3)`), not a figure or a date. */
const LIST_MARKER = /^(?:[-•*]\s*|[(（]?\d{1,2}[.、)）](?!\d)\s*)/;

const DATE_IN_TEXT = /(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}月\d{1,2}[日号]?|今天|昨天|前天)/;

const LABEL_AT = new RegExp(`(?:^|(?<=[。；;，,！!？?\\s]))(${labelIndex.map((l) => l.label).join('|')})\\s*[:：]`, 'g');

/** Splits one line at every `label：`; text before the first label is unlabelled. */
function pieces(line: string): Array<{ field?: ReportField; text: string }> {
  const out: Array<{ field?: ReportField; text: string }> = [];
  const hits = [...line.matchAll(LABEL_AT)];
  const head = line.slice(0, hits[0]?.index ?? line.length).trim();
  if (head) out.push({ text: head });
  hits.forEach((h, i) => {
    const end = hits[i + 1]?.index ?? line.length;
    const field = labelIndex.find((l) => l.label === h[1])!.field;
    out.push({ field, text: line.slice(h.index! + h[0].length, end).trim().replace(/[。；;，,]+$/, '') });
  });
  return out;
}

export function extractVisit(typed: string, today: string, clientName?: string): Draft {
  const notes = sanitizeText(typed);
  const draft = Object.fromEntries(REPORT_FIELDS.map((f) => [f, null])) as Record<ReportField, string | null>;
  const add = (f: ReportField, text: string) => {
    if (text) draft[f] = draft[f] ? `${draft[f]}；${text}` : text;
  };
  for (const line of notes.split(/\r?\n/).map((l) => l.trim().replace(LIST_MARKER, '')).filter(Boolean)) {
    for (const p of pieces(line)) {
      if (p.field) add(p.field, p.text);
      else for (const sentence of p.text.split(/(?<=[。；;！!？?])/).map((x) => x.trim().replace(/[；;]$/, '')).filter(Boolean)) add('主要内容和达成的共识', sentence);
    }
  }
  if (!draft.拜访对象 && clientName) draft.拜访对象 = clientName;
  if (!draft.会谈地点) {
    const place = /(?:地点|在)([^，,。；;\s]{2,20}?)(?:见面|会谈|开会|面谈|拜访)/.exec(notes);
    if (place) draft.会谈地点 = place[1]!;
  }
  const nextText = draft.下一步工作重点及建议 ?? /(?:下次|下一步)[^。；;\n]*/.exec(notes)?.[0] ?? '';
  const nextDate = DATE_IN_TEXT.exec(nextText)?.[1];
  const visitDateText = DATE_IN_TEXT.exec(notes.replace(nextText, ''))?.[1];
  // A date after today is not when the visit happened (it is a plan): the visit is dated today.
  const read = visitDateText ? readDate(visitDateText, today) : undefined;
  const visitDate = read && read <= today ? read : today;
  const next = nextDate ? readFutureDate(nextDate, visitDate) : undefined;
  return { ...draft, visitDate, nextFollowUp: next ?? addDays(visitDate, visitTable.followUpDays.value) };
}

/** A follow-up date written as M月D日 / a full date: the first such date on or after the visit, within a year. */
function readFutureDate(text: string, from: string): string | undefined {
  const d = readDate(text, addDays(from, 366));
  return d && d >= from ? d : undefined;
}
