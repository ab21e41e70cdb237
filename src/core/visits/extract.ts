/**
 * A visit report drafted from rough notes without a model (4.2 step 6). Pure, table-driven
 * (data/visits.json `extractor`; the reading is in docs/rules.md “Visit reports”).
 *
 * - Labelled pieces (`参加人员：王总、李会计`) go to their field as written.
 * - The rest is cut into sentences and clauses (at punctuation, spaces, and before cue words of a
 *   run-on note); each clause lands in exactly one field, by the earliest cue it carries:
 *   遇到的问题 (问题是/担心/但是/不过…), 下一步工作重点及建议 (下周/下次/再去/送材料/需补…),
 *   会谈目标 (想/希望/为了/目的是…), 准备工作 (带了/事先准备了…); 同意/答应/达成 sentences stay in
 *   主要内容和达成的共识 marked （共识）. A clause that only says who met where and when is placed in
 *   参加人员 (its people fill 参加人员, its place 会谈地点, its date 拜访日期). Anything else goes to
 *   主要内容和达成的共识: nothing is dropped and no figure is changed (a clause carrying a figure
 *   other than a date is never reduced to its people).
 * - The visit date is the first date in words (今天/昨天/上周五/11月20日) outside the plans and
 *   problems, else today; a date after today is not a visit date. The follow-up is the date in the
 *   last next-step clause that names one (下周二/周五/月底/三天后/12月5日/年后), relative to the visit
 *   date, else the visit date + the followUpDays setting.
 */
import { addDays, daysBetween, readDateWords } from '../dates.js';
import { extractFigures } from '../guard/figures.js';
import { sanitizeText } from '../text/sanitize.js';
import { mentionsIn, placeIn, type Mention } from './people.js';
import { REPORT_FIELDS, visitTable, type ReportField } from './table.js';
import { alternation, springFestivals, visitWords as W } from './words.js';

/** One clause of the notes and the field it landed in. */
export interface Placed {
  text: string;
  field: ReportField;
  /** A 同意/答应/达成 sentence. */
  agreement: boolean;
  /** Written under a label (`问题：…`): already in its field as written. */
  labelled?: boolean;
}

export type Draft = Record<ReportField, string | null> & {
  visitDate: string;
  nextFollowUp: string;
  /** Whether nextFollowUp was read from the notes (else it is the setting). */
  followUpFromNotes?: boolean;
  /** People named in the notes (with their title), ours and the client's. */
  people?: Mention[];
  /** Every clause of the unlabelled notes, in order, with its field. */
  placed?: Placed[];
};

export const AGREEMENT_MARK = '（共识）';

const labelIndex: Array<{ label: string; field: ReportField }> = visitTable.reportFields
  .flatMap((r) => r.labels.map((label) => ({ label, field: r.field })))
  .sort((a, b) => b.label.length - a.label.length);

/** A list bullet or number at the start of a line (`- `, `• `, `1. `, `2、`, `(3)`), not a figure or a date. */
const LIST_MARKER = /^(?:[-•*]\s*|[(（]?\d{1,2}[.、)）](?!\d)\s*)/;

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
    // A label covers its sentence: what follows the sentence's end is unlabelled again.
    const body = line.slice(h.index + h[0].length, end);
    const stop = /[。！!？?；;]/.exec(body.trimEnd().replace(/[。；;！!？?]+$/, ''));
    out.push({ field, text: (stop ? body.slice(0, stop.index) : body).trim().replace(/[。；;，,]+$/, '') });
    if (stop) {
      const rest = body.slice(stop.index + 1).trim();
      if (rest) out.push({ text: rest });
    }
  });
  return out;
}

const SPLIT_BEFORE = new RegExp(alternation(W.splitBefore), 'g');
/** Clauses shorter than this are not cut further at cue words. */
const MIN_RUN_ON = 10;

/**
 * Sentences and clauses: cut at punctuation and spaces, and a long run-on clause before its cue words
 * (never leaving a piece under 4 characters before a cut or 3 after it).
 * @example clauses('聊了扩产问题是利润下滑下周二再去') // ['聊了扩产', '问题是利润下滑', '下周二再去']
 */
export function clauses(text: string): string[] {
  const out: string[] = [];
  for (const chunk of text
    .split(/[。！？!?；;，,\s]+/)
    .map((c) => c.trim())
    .filter(Boolean)) {
    if (chunk.length < MIN_RUN_ON) {
      out.push(chunk);
      continue;
    }
    let start = 0;
    for (const m of chunk.matchAll(SPLIT_BEFORE)) {
      if (m.index - start >= 4 && chunk.length - m.index >= 3 && !/[下再这本上的]$/.test(chunk.slice(0, m.index))) {
        out.push(chunk.slice(start, m.index));
        start = m.index;
      }
    }
    out.push(chunk.slice(start));
  }
  return out;
}

type CueField = '遇到的问题' | '下一步工作重点及建议' | '会谈目标' | '准备工作' | 'agreement';
const CUE_ORDER: CueField[] = ['agreement', '遇到的问题', '下一步工作重点及建议', '会谈目标', '准备工作'];
const CUES = CUE_ORDER.map((f) => ({ field: f, rx: new RegExp(alternation(W.fieldCues[f])) }));
const CONNECTIVE = /^(?:但是|但|不过|可是)/;
const MEETING = new RegExp(alternation(W.meetingWords));
const FILLER = /今天|昨天|前天|上午|下午|晚上|早上|中午|一起|我们|我和|我跟|客户|他们|亲自|都|了|的|和|跟|与|在|我|还有|三方|带着|那|这/g;

/** The earliest cue of a clause (ties: the longer cue, then CUE_ORDER). */
const NOT_PROBLEM = new RegExp(alternation(W.notProblem), 'g');

function cueOf(clause: string): { field: CueField; at: number } | undefined {
  let best: { field: CueField; at: number; len: number } | undefined;
  // 征信没问题 is no problem: blank it out (same length, so positions hold) before looking for cues.
  const text = clause.replace(NOT_PROBLEM, (m) => '\u3000'.repeat(m.length));
  for (const { field, rx } of CUES) {
    const m = rx.exec(text);
    if (m && (!best || m.index < best.at || (m.index === best.at && m[0].length > best.len))) best = { field, at: m.index, len: m[0].length };
  }
  return best;
}

const MEETING_ALL = new RegExp(alternation(W.meetingWords), 'g');
const PLACES_ALL = new RegExp(alternation(W.places), 'g');

/**
 * Only who, where, when: at most two characters left (聊了一下's 一下) once people, place, the date,
 * meeting words and fillers are taken out, and no figure but a date.
 */
function isFrame(clause: string, people: Mention[], place: string | undefined, clientName: string | undefined): boolean {
  if (extractFigures(clause).some((f) => f.kind !== 'date')) return false;
  let rest = clause;
  // 去合肥某科技拜访张总: the client's own name says nothing more.
  if (clientName) for (const n of [clientName, clientName.replace(/(?:股份)?有限(?:责任)?公司$|集团$|公司$/, '')]) if (n.length >= 2) rest = rest.replaceAll(n, '');
  for (const p of people) rest = rest.replaceAll(p.name, '').replaceAll(p.role ?? '\u0000', '');
  if (place) rest = rest.replace(place, '');
  const date = readDateWords(rest, '2000-01-01', { direction: 'past' });
  if (date) rest = rest.replace(date.text, '');
  const meeting = MEETING.test(clause);
  rest = rest
    .replace(MEETING_ALL, '')
    .replace(PLACES_ALL, '')
    .replace(FILLER, '')
    .replace(/[、\s]/g, '');
  return meeting ? rest.length <= 2 && (people.length > 0 || !!place || !!date || rest.length === 0) : rest.length === 0 && (people.length > 0 || !!place);
}

function place(clause: string, today: string, clientName: string | undefined): Placed {
  const cue = cueOf(clause);
  if (cue) {
    // 但是同意…: an agreement after a connective is an agreement.
    if (cue.field === '遇到的问题' && CONNECTIVE.test(clause) && W.fieldCues.agreement.some((a) => clause.includes(a))) return { text: clause, field: '主要内容和达成的共识', agreement: true };
    if (cue.field === 'agreement') return { text: clause, field: '主要内容和达成的共识', agreement: true };
    // 袁会计说下周一能给: what the client said they will do is what was said, not our next step.
    if (cue.field === '下一步工作重点及建议' && clause.slice(0, cue.at).includes('说')) return { text: clause, field: '主要内容和达成的共识', agreement: false };
    return { text: clause, field: cue.field, agreement: false };
  }
  // 12月5日把材料送到公司 / 周五去拿报告: a clause opening with a date nearer ahead than behind is a plan.
  const opening = /^(?:(?:\d{4}[-/.年])?\d{1,2}月\d{1,2}[日号]?|(?:周|星期|礼拜)[一二三四五六日天](?!起))/.exec(clause)?.[0];
  if (opening) {
    const ahead = readDateWords(opening, today, { direction: 'future' })?.date;
    const behind = readDateWords(opening, today, { direction: 'past' })?.date;
    if (ahead && ahead > today && (!behind || daysBetween(today, ahead) < daysBetween(behind, today))) return { text: clause, field: '下一步工作重点及建议', agreement: false };
  }
  const people = mentionsIn(clause);
  const where = MEETING.test(clause) || clause.startsWith('在') ? placeIn(clause) : undefined;
  if (isFrame(clause, people, where, clientName)) return { text: clause, field: '参加人员', agreement: false };
  return { text: clause, field: '主要内容和达成的共识', agreement: false };
}

export function extractVisit(typed: string, today: string, clientName?: string): Draft {
  const notes = sanitizeText(typed);
  const draft = Object.fromEntries(REPORT_FIELDS.map((f) => [f, null])) as Record<ReportField, string | null>;
  const add = (f: ReportField, text: string) => {
    if (text) draft[f] = draft[f] ? `${draft[f]}；${text}` : text;
  };
  const placed: Placed[] = [];
  const labelled = new Set<ReportField>();
  for (const line of notes
    .split(/\r?\n/)
    .map((l) => l.trim().replace(LIST_MARKER, ''))
    .filter(Boolean)) {
    for (const p of pieces(line)) {
      if (p.field) {
        add(p.field, p.text);
        labelled.add(p.field);
        placed.push({ text: p.text, field: p.field, agreement: false, labelled: true });
      } else for (const c of clauses(p.text)) placed.push(place(c, today, clientName));
    }
  }
  const people: Mention[] = [];
  for (const m of mentionsIn(notes)) if (!people.some((p) => p.name === m.name)) people.push(m);
  const frames = placed.filter((p) => p.field === '参加人员' && !p.labelled);
  if (!labelled.has('参加人员')) add('参加人员', [...new Set(frames.flatMap((f) => mentionsIn(f.text).map((m) => m.name)))].join('、'));
  if (!labelled.has('会谈地点')) {
    const where = frames.map((f) => placeIn(f.text)).find(Boolean) ?? /(?:地点|在)([^，,。；;\s]{2,20}?)(?:见面|会谈|开会|面谈|拜访)/.exec(notes)?.[1];
    if (where) add('会谈地点', where);
  }
  for (const p of placed) if (p.field !== '参加人员' && !p.labelled) add(p.field, p.agreement ? `${AGREEMENT_MARK}${p.text}` : p.text);
  if (!draft.拜访对象 && clientName) draft.拜访对象 = clientName;

  // Dates: the visit from what happened (not plans, problems or goals), the follow-up from the plans.
  const happened = placed.filter((p) => !p.labelled && (p.field === '参加人员' || p.field === '主要内容和达成的共识')).map((p) => p.text);
  if (draft.拜访对象 && labelled.has('拜访对象')) happened.unshift(draft.拜访对象);
  const read = happened.map((t) => readDateWords(t, today, { direction: 'past' })).find(Boolean);
  const visitDate = read && read.date <= today ? read.date : today;
  const plans = placed.filter((p) => p.field === '下一步工作重点及建议').map((p) => p.text);
  // The last plan that names a date: notes end with what is to be done next.
  const next = plans
    .map((t) => readDateWords(t, visitDate, { direction: 'future', springFestivals }))
    .filter((d) => d && d.date >= visitDate)
    .at(-1);
  return {
    ...draft,
    visitDate,
    nextFollowUp: next?.date ?? addDays(visitDate, visitTable.followUpDays.value),
    followUpFromNotes: !!next,
    people,
    placed,
  };
}
