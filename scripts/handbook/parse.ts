/**
 * Turns the handbook text into sections and passages: a build step (npm run build:handbook), never
 * loaded at run time — the app reads the built data/handbook/sections.json only. Pure; the build
 * script reads and writes the files. The heading titles it needs are data (data/handbook/titles.json).
 * Every repair of a defect of the original is listed here and in docs/handbook-data.md, and recorded
 * in the section's `notes`. The parser throws when the text no longer looks as expected, so a changed
 * handbook fails the build instead of producing silently wrong sections.
 */
import { z } from 'zod';
import titlesJson from '../../data/handbook/titles.json' with { type: 'json' };
import type { Passage, Section } from '../../src/core/handbook/schema.js';

/** Document title (first line) and the part heading stuck to the end of 1.9. */
const DOC_TITLE = '产品与营销';
const PART_HEADING = '公司业务营销';

/** A printed number used twice: the occurrence with this title gets this id. */
const ID_OVERRIDES: ReadonlyArray<{ number: string; title: string; id: string }> = [{ number: '5', title: '产品的营销', id: '5(产品的营销)' }];

/**
 * Titles of headings that run straight into their body (no separator to detect).
 * A string is the title as printed, cut off the front of the line. An object gives a short title
 * for a heading that is a whole sentence; then the whole line stays in the body.
 * Headings that are a line of their own need no entry.
 */
type TitleEntry = string | { prefix: string; title: string };
const TitleEntrySchema = z.union([z.string().min(1), z.object({ prefix: z.string().min(1), title: z.string().min(1) })]);
const TITLES: Record<string, TitleEntry[]> = z.object({ titles: z.record(z.string().regex(/^\d+(?:\.\d+)*$/), z.array(TitleEntrySchema).min(1)) }).parse(titlesJson).titles;

/** Labels that start a block inside the product sections (1.x), e.g. `产品特点:`. */
const LABELS = ['产品功能', '客户基本条件', '客户借款的条件', '产品特点', '担保收费', '担保金额', '担保范围', '案例'];

/** 7.2: the flow chart survives as its box labels (README); '内容' after 提供方案 is a stray label. */
const FLOW = {
  section: '7.2',
  caption: '公司业务营销流程图',
  steps: ['客户定位', '选择渠道', '基础客户', '挖掘需求', '提供方案', '业务办理', '后续服务与再营销'],
};

/** 15.3.2.1: the table 类型/特征 survives as run-on text. */
const TABLE = {
  section: '15.3.2.1',
  caption: '客户关系类型类型特征',
  lead: '客户关系的类型（类型：特征）',
  rows: ['基本型', '被动型', '负责型', '能动型', '伙伴型'],
};

/** 15.3.2.3: three steps announced ("以下三个步骤") whose headings lost their numbers. */
const STEPS = {
  section: '15.3.2.3',
  lead: '按照以下三个步骤发展客户关系',
  steps: ['对客户进行差异分析。', '与客户保持良好的接触。', '调整产品或服务以满足客户需要。'],
};

/** The section where the received text breaks off. */
const TRUNCATED_SECTION = '15.3.3.2';

/** A sentence before a list this short or shorter becomes the list's lead. */
const LEAD_CHARS = 80;

/** Long text is cut into groups of whole sentences of about this many characters. */
const GROUP_CHARS = 160;

interface RawSection {
  number: string;
  /** The heading line after the number. */
  rest: string;
  /** Following lines of the section (list items the README's line breaks split off). */
  more: string;
  notes: string[];
}

const HEADING = /^(\d+(?:\.\d+)+)[.、]?|^(\d+)\./;

export function parseHandbook(source: string): Section[] {
  // `11对我公司产品和服务的熟悉程度` has no dot: as the handbook's README says, it stays inside 10.4's paragraph (no section 11).
  const text = source.replace(/\r\n?/g, '\n');
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  if (lines[0] !== DOC_TITLE) throw new Error(`first line is not the document title: ${lines[0]}`);

  const raws: RawSection[] = [];
  for (const line of lines.slice(1)) {
    const m = HEADING.exec(line);
    if (m) {
      raws.push({ number: (m[1] ?? m[2])!, rest: line.slice(m[0].length).trim(), more: '', notes: [] });
    } else {
      const last = raws.at(-1);
      if (!last) throw new Error(`text before the first heading: ${line}`);
      // Line breaks inside a section were only put before list items (`1、`): join back.
      last.more += line;
    }
  }

  const sections: Section[] = [];
  const ids = new Set<string>();
  for (const [order, raw] of raws.entries()) {
    const split = splitTitle(raw.number, raw.rest);
    const title = split.title;
    const body = split.body + raw.more;
    const notes = [...raw.notes];
    const override = ID_OVERRIDES.find((o) => o.number === raw.number && o.title === title);
    const id = override?.id ?? raw.number;
    if (override) notes.push(`原文编号 ${raw.number} 重复出现（放在 4 之前；另一个 ${raw.number} 是带子节的“挖掘需求”），本节 id 记为 ${id}`);
    if (ids.has(id)) throw new Error(`duplicate section id ${id}`);
    ids.add(id);

    let ownText = body;
    if (ownText.endsWith(PART_HEADING) && raw.number === '1.9') {
      ownText = ownText.slice(0, -PART_HEADING.length).trim();
      notes.push(`段末的“${PART_HEADING}”是下一部分的标题，不属于本节正文，已去掉`);
    }
    const level = override ? 1 : raw.number.split('.').length;
    const parentNumber = override ? null : raw.number.includes('.') ? raw.number.replace(/\.\d+$/, '') : null;
    const truncated = id === TRUNCATED_SECTION;
    if (truncated) notes.push('原文到此中断：（5）感情投资 一句未完，其后内容缺失');
    const section: Section = {
      id,
      number: raw.number,
      title,
      parent: parentNumber,
      level,
      order,
      text: ownText,
      passages: passagesOf(id, ownText, notes),
      ...(truncated ? { truncated: true } : {}),
      ...(notes.length > 0 ? { notes } : {}),
    };
    sections.push(section);
  }
  for (const s of sections) {
    if (s.parent !== null && !ids.has(s.parent)) throw new Error(`section ${s.id}: parent ${s.parent} missing`);
  }
  return sections;
}

function splitTitle(number: string, rest: string): { title: string; body: string } {
  const entries = TITLES[number] ?? [];
  for (const e of entries) {
    if (typeof e === 'string') {
      if (rest.startsWith(e)) return { title: e, body: rest.slice(e.length).trim() };
    } else if (rest.startsWith(e.prefix)) {
      return { title: e.title, body: rest };
    }
  }
  if (!/[。；;]/.test(rest) && rest.length <= 30) return { title: rest, body: '' };
  throw new Error(`no title for heading ${number}: ${rest.slice(0, 30)}…`);
}

// ---------------------------------------------------------------------------------------------
// Passages

function passagesOf(id: string, body: string, notes: string[]): Passage[] {
  if (body === '') return [];
  if (id === FLOW.section) return flowPassages(body, notes);
  if (id === TABLE.section) return tablePassages(body);
  if (id === STEPS.section) return stepPassages(body, notes);
  const out: Passage[] = [];
  for (const seg of labelSegments(body)) out.push(...segmentPassages(seg.label, seg.text));
  return out;
}

function flowPassages(body: string, notes: string[]): Passage[] {
  const at = body.indexOf(FLOW.caption);
  if (at < 0) throw new Error('flow chart caption not found in 7.2');
  const chart = body.slice(at + FLOW.caption.length);
  let pos = 0;
  for (const step of FLOW.steps) {
    const i = chart.indexOf(step, pos);
    if (i < 0) throw new Error(`flow chart step not found: ${step}`);
    pos = i + step.length;
  }
  if (pos !== chart.length) throw new Error('flow chart: unexpected text after the last step');
  notes.push(`流程图只剩框内文字，整理为箭头链：${FLOW.steps.join(' → ')}（“提供方案”后的“内容”为残留框字，未列入）`);
  return [...textPassages('', body.slice(0, at)), { kind: 'flow', lead: FLOW.caption, items: [...FLOW.steps] }];
}

function tablePassages(body: string): Passage[] {
  const at = body.indexOf(TABLE.caption);
  if (at < 0) throw new Error('table caption not found in 15.3.2.1');
  let rest = body.slice(at + TABLE.caption.length);
  const items: string[] = [];
  for (const [i, row] of TABLE.rows.entries()) {
    if (!rest.startsWith(row)) throw new Error(`table row not found: ${row}`);
    const next = TABLE.rows[i + 1];
    const end = next ? rest.indexOf(next) : rest.indexOf('。') + 1;
    if (end <= 0) throw new Error(`table row end not found: ${row}`);
    items.push(`${row}：${rest.slice(row.length, end)}`);
    rest = rest.slice(end);
  }
  return [...textPassages('', body.slice(0, at)), { kind: 'table', lead: TABLE.lead, items }, ...textPassages('', rest)];
}

function stepPassages(body: string, notes: string[]): Passage[] {
  const at = STEPS.steps.map((step) => body.indexOf(step));
  if (at.some((i, k) => i < 0 || (k > 0 && i <= at[k - 1]!))) throw new Error('15.3.2.3: step headings not found in order');
  const items = STEPS.steps.map((step, k) => {
    const text = body.slice(at[k]! + step.length, at[k + 1] ?? body.length).trim();
    return `${step.slice(0, -1)}：${text}`;
  });
  notes.push(`三个步骤的小标题在原文中没有编号，整理为列表：${STEPS.steps.map((x) => x.slice(0, -1)).join('；')}`);
  return [...textPassages('', body.slice(0, at[0])), { kind: 'list', lead: STEPS.lead, items }];
}

/** Cuts the body at product labels (`产品特点:` …). */
function labelSegments(body: string): Array<{ label: string; text: string }> {
  const re = new RegExp(`(${LABELS.join('|')})\\s*[:：]`, 'g');
  const out: Array<{ label: string; text: string }> = [];
  let last = 0;
  let label = '';
  for (const m of body.matchAll(re)) {
    out.push({ label, text: body.slice(last, m.index) });
    label = m[1]!;
    last = m.index + m[0].length;
  }
  out.push({ label, text: body.slice(last) });
  return out.filter((s) => s.text.trim() !== '');
}

interface Marker {
  n: number;
  start: number;
  end: number;
}

const CN_DIGITS = '一二三四五六七八九十';
/** List markers; `keep`: the marker is part of the item's words (`A类客户:`). */
const MARKER_KINDS: Array<{ re: RegExp; keep?: boolean }> = [
  { re: /(?<![\d.])(\d{1,2})、\s*/g }, // 1、
  { re: /\((\d{1,2})\)\s*/g }, // (1)
  { re: /(?<![第\p{Script=Han}])([一二三四五六七八九十])是/gu }, // 一是
  { re: /第([一二三四五六七八九十])类?[,，]\s*/g }, // 第一，/ 第一类,
  { re: /([A-D])类客户[:：]/g, keep: true }, // A类客户:
];

function markerNumber(s: string): number {
  const d = CN_DIGITS.indexOf(s);
  if (d >= 0) return d + 1;
  if (/^[A-Z]$/.test(s)) return s.charCodeAt(0) - 64;
  return Number(s);
}

/** The first run of markers numbered 1, 2, 3, … in `text` (at least two, or one at the very start). */
function firstRun(text: string): Marker[] | null {
  let best: Marker[] | null = null;
  for (const kind of MARKER_KINDS) {
    const all: Marker[] = [...text.matchAll(kind.re)].map((m) => ({
      n: markerNumber(m[1]!),
      start: m.index,
      end: kind.keep ? m.index : m.index + m[0].length,
    }));
    for (const [i, first] of all.entries()) {
      if (first.n !== 1) continue;
      const run = [first];
      for (const m of all.slice(i + 1)) {
        if (m.n === run.length + 1) run.push(m);
        else if (m.n === 1) break;
      }
      const ok = run.length >= 2 || (first.start === 0 && text.trim().length > 0);
      if (ok && (!best || first.start < best[0]!.start)) best = run;
      break;
    }
  }
  return best;
}

function sentences(text: string): string[] {
  return (text.match(/[^。！？!?]+[。！？!?]*/g) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}

function segmentPassages(label: string, text: string): Passage[] {
  text = text.trim().replace(/^[，,、:：]\s*/, '');
  const run = firstRun(text);
  if (!run) {
    const parts = text
      .split(/[;；]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (label !== '' && parts.length >= 3) return [{ kind: 'list', lead: label, items: parts.map(cleanItem) }];
    return textPassages(label, text);
  }
  const out: Passage[] = [];
  // Text before the list: its last sentence, if it introduces the list, becomes the lead.
  const before = text.slice(0, run[0]!.start).trim();
  let lead = label;
  let pre = before;
  if (before !== '') {
    const ss = sentences(before);
    const lastS = ss.at(-1) ?? '';
    // The sentence just before the list introduces it: as the lead when it has no end mark
    // ("…一般步骤:"), or when it is short and nothing else would lead the list.
    if (!/[。！？!?]$/.test(lastS) || (label === '' && [...lastS].length <= LEAD_CHARS)) {
      lead = label !== '' ? `${label}：${lastS}` : lastS;
      pre = ss.slice(0, -1).join('');
    }
  }
  out.push(...textPassages(label !== '' && pre !== '' ? label : '', pre));
  const items: string[] = [];
  let counts = 0;
  let after = '';
  for (const [i, m] of run.entries()) {
    const next = run[i + 1];
    if (next) {
      const item = text.slice(m.end, next.start);
      counts = Math.max(counts, sentences(item).length);
      items.push(cleanItem(item));
    } else {
      // The last item has no end marker: it takes as many sentences as the longest item before it.
      const ss = sentences(text.slice(m.end));
      const take = run.length === 1 ? ss.length : Math.max(1, counts);
      items.push(cleanItem(ss.slice(0, take).join('')));
      after = ss.slice(take).join('');
    }
  }
  out.push({ kind: 'list', lead: cleanLead(lead), items });
  if (after.trim() !== '') out.push(...segmentPassages('', after));
  return out;
}

function cleanItem(s: string): string {
  return s
    .trim()
    .replace(/^[，,、:：]\s*/, '')
    .replace(/[，,]$/, '');
}

function cleanLead(s: string): string {
  return s.trim().replace(/[，,:：]$/, '');
}

/** Whole sentences grouped to about GROUP_CHARS characters. */
function textPassages(label: string, text: string): Passage[] {
  const ss = sentences(text.trim());
  const out: Passage[] = [];
  let cur = '';
  for (const s of ss) {
    if (cur !== '' && cur.length + s.length > GROUP_CHARS) {
      out.push({ kind: 'text', lead: label, items: [cur] });
      cur = '';
    }
    cur += s;
  }
  if (cur !== '') out.push({ kind: 'text', lead: label, items: [cur] });
  return out;
}
