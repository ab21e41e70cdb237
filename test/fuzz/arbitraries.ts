/**
 * Input generators for the fuzz suite: lines an account manager might type, and lines an attacker
 * might. Tokens are drawn from the product's own data files (product aliases, places, labels, cue
 * words), mixed with figures and units, Slack control sequences (`<!channel>`, `<@U123>`), the
 * private-use mention markers U+E000/U+E001, emoji, full-width forms, control characters and
 * random Unicode, joined by assorted separators.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

/** Total runs per property family are scaled by FUZZ_SCALE (default 1; e.g. 0.1 for a quick look, 10 overnight). */
const SCALE = Number(process.env.FUZZ_SCALE ?? '1') > 0 ? Number(process.env.FUZZ_SCALE ?? '1') : 1;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/** fast-check parameters for a property given its share of its family's 10 000 runs. */
export function runs(n: number): fc.Parameters<unknown> {
  return { numRuns: Math.max(1, Math.round(n * SCALE)), ...(SEED !== undefined ? { seed: SEED } : {}) };
}

function stringsIn(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (value.length <= 12 && /[\u4e00-\u9fff]/.test(value)) out.add(value);
  } else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      stringsIn(k, out);
      stringsIn(v, out);
    }
  return out;
}

const dataFile = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));

/** Every short Chinese word in the data the parser and router read: product aliases, places, labels, cues, stages. */
export const domainWords: string[] = [
  ...stringsIn(['lexicon.json', 'intents.json', 'products.json', 'regions.json', 'visits.json', 'relationships.json', 'needs.json'].map(dataFile), new Set<string>()),
].sort();

const commandWords = [
  'add',
  'list',
  'contact',
  'stage',
  'assign',
  'type',
  'help',
  'prep',
  '准备',
  '新增',
  '添加',
  '列表',
  '联系',
  '记录',
  '阶段',
  '关系',
  '移交',
  '分配',
  '帮助',
  '沉睡',
  'dormant',
  'A类',
  'b',
  'D类',
  '拜访报告',
  '写拜访报告',
  '准备拜访',
  '保存',
  '保存草稿',
  '/quote',
  '/classify',
  '/client',
  '/visit',
  '/help',
  '/nope',
  '/exit',
];
const labels = [
  '参加人员：',
  '问题：',
  '下一步：',
  '地点：',
  '目标：',
  '拜访对象:',
  '会谈地点：',
  '准备工作：',
  '净资产',
  '总资产',
  '销售收入',
  '利润',
  '资产负债率',
  '经营',
  '员工',
  '投标总价',
  '合同价',
  '预付款',
  '应收账款',
  '费率',
  '日息',
  '月息',
  '期限',
];
const clientNames = ['合肥某某科技有限公司', '合肥某某', '合肥甲科技有限公司', '甲科技', '某某贸易', '“合肥 乙 公司”', '「丙建设」', '"丁"', '另一家公司'];
const dates = ['2026-11-20', '2026/2/30', '2025年3月1日', '12月5日', '12-04', '02-29', '今天', '昨天', '前天', '13月40日', '0000-00-00'];
const units = ['万', '亿', '元', '万元', '千万', '%', '％', '‰', 'w', 'W', '块', '年', '个月', '月', '天', '日', '倍', '点'];
const slackHostile = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!channel|channel>',
  '<!subteam^S123|team>',
  '<!date^1392734382^{date}|x>',
  '@here',
  '@channel',
  '@everyone',
  '<@U123>',
  '<@U123|bob>',
  '<@W9ABC>',
  '<#C123|general>',
  '<https://evil.example|点我>',
  '<mailto:a@b.c>',
  '&lt;!channel&gt;',
  '&',
  '<',
  '>',
  '*粗体*',
  '_斜_',
  '`code`',
  '```',
  '~删~',
  '>引用',
  '\uE000U123\uE001',
  '\uE000W9ABC\uE001',
  '\uE000',
  '\uE001',
  '\uE000<!channel>\uE001',
  '<\uE000!channel\uE001>',
  '<\uE001@U123>',
  '\uE000U12\uE000U34\uE001\uE001',
];
const emoji = ['😀', '👍🏻', '👨‍👩‍👧', '🇨🇳', '❤️', '\uD83D', '\uDE00', ':thumbsup:', '㊗️'];
const fullWidth = ['５００万', '１．５％', 'ＡＢＣ', '：', '，', '。', '　', '（', '）', '＠ｈｅｒｅ', '＜！ｃｈａｎｎｅｌ＞', '＄', '￥'];
const controls = ['\u0000', '\u0007', '\b', '\t', '\n', '\r\n', '\r', '\u000b', '\u001b[31m', '\u007f', '\u0085', '\u200b', '\u200d', '\u202e', '\u2028', '\u2029', '\ufeff', '\ufffd', '\uffff'];

const numbers = fc.oneof(
  fc.integer({ min: -1_000_000, max: 100_000_000 }).map(String),
  fc.double({ min: -1e15, max: 1e15, noNaN: true }).map((d) => String(d)),
  fc.integer({ min: 0, max: 99_999 }).map((n) => n.toLocaleString('en-US')),
  fc.constantFrom('0', '0.0', '1e9', '1e308', 'NaN', 'Infinity', '-0', '.5', '5.', '1..2', '9'.repeat(40), '五百', '一千二百', '两亿', '三千五百万', '十', '零', '〇'),
);

const figure = fc.tuple(fc.option(fc.constantFrom(...labels), { nil: '' }), numbers, fc.constantFrom('', ...units)).map(([l, n, u]) => `${l}${n}${u}`);

/** One token of a line. */
export const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...domainWords) },
  { weight: 4, arbitrary: figure },
  { weight: 2, arbitrary: fc.constantFrom(...commandWords) },
  { weight: 2, arbitrary: fc.constantFrom(...labels) },
  { weight: 2, arbitrary: fc.constantFrom(...clientNames) },
  { weight: 1, arbitrary: fc.constantFrom(...dates) },
  { weight: 3, arbitrary: fc.constantFrom(...slackHostile) },
  { weight: 1, arbitrary: fc.constantFrom(...emoji) },
  { weight: 1, arbitrary: fc.constantFrom(...fullWidth) },
  { weight: 1, arbitrary: fc.constantFrom(...controls) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 6 }) },
);

const separator = fc.constantFrom(' ', ' ', ' ', '', '，', ',', '、', '。', '：', '\n', '　', '  ', '\t', '；');

/** A typed line: tokens joined by separators, sometimes very long. */
export const line: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.array(fc.tuple(token, separator), { maxLength: 14 }).map((ts) => ts.map(([t, s]) => t + s).join('')) },
  { weight: 1, arbitrary: fc.tuple(token, fc.integer({ min: 200, max: 2500 })).map(([t, n]) => (t || '万').repeat(n).slice(0, 9000)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', '\u3000', '/', '/quote', '拜访报告', '准备拜访 ', 'add', 'assign <@U1> <@U2>', 'assign 甲科技 <@UOTHER>') },
);

/** A user id, as Slack or the console writes it. */
export const userToken = fc.constantFrom('<@UZHANG>', '<@ULI|li>', 'UOTHER', '@UADMIN', '<@W0X>', 'U1', '<!here>', '\uE000UZHANG\uE001', '@here');

/** A `/client` line: a subcommand, a client name, then a line of anything. */
export const clientLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...commandWords.slice(0, 20)), fc.constantFrom(...clientNames, '<!channel>', '\uE000U123\uE001', ''), line).map((p) => p.join(' ')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('assign', '移交'), fc.oneof(userToken, fc.constantFrom(...clientNames)), userToken).map((p) => p.join(' ')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('contact', '联系'), fc.constantFrom(...clientNames), fc.constantFrom(...dates), line).map((p) => p.join(' ')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('add', '新增', 'contact', 'stage'), fc.constantFrom('某', '<', '😀', '科技'), fc.integer({ min: 1, max: 1200 }), line)
      .map(([c, w, n, rest]) => `${c} ${w.repeat(n)} ${rest}`),
  },
  { weight: 2, arbitrary: line },
);

/** A `/visit` line: a client name (or prep) and rough notes with labels and dates. */
export const visitLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...clientNames, 'prep', '准备', ''), line, fc.constantFrom(...labels.slice(0, 8)), line).map((p) => p.join(' ')) },
  { weight: 1, arbitrary: line },
);

/**
 * A 1.1 quote line in managers' words with the figures it was built from, for the metamorphic
 * properties (test/fuzz/metamorphic.test.ts): amount in 万/w/元, a place, a status, a term and an
 * optional agreed rate, in any order.
 */
export interface QuoteCase {
  text: string;
  amountYuan: number;
  place: 'hefei' | 'outside';
  status: 'new' | 'returning' | null;
  /** Term in years; null when none was written. */
  years: number | null;
  /** Agreed rate %/年, if written. */
  agreed: number | null;
}

const amountToken = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('万', 'w', 'W', '万元', '元'))
  .map(([wan, unit]) => ({ token: unit === '元' ? `${wan * 10000}元` : `${wan}${unit}`, yuan: wan * 10000 }));
const placeToken = fc.constantFrom(
  ['合肥', 'hefei'] as const,
  ['包河', 'hefei'] as const,
  ['蜀山区', 'hefei'] as const,
  ['肥西', 'hefei'] as const,
  ['长丰县', 'hefei'] as const,
  ['芜湖', 'outside'] as const,
  ['外地', 'outside'] as const,
  ['六安', 'outside'] as const,
);
const statusToken = fc.constantFrom(['新客户', 'new'] as const, ['老客户', 'returning'] as const, ['', null] as const);
const termToken = fc.constantFrom(
  ['1年', 1] as const,
  ['半年', 0.5] as const,
  ['18个月', 1.5] as const,
  ['一年半', 1.5] as const,
  ['90天', 0.25] as const,
  ['两周', 14 / 360] as const,
  ['半个月', 15 / 360] as const,
  ['两年', 2] as const,
  ['', null] as const,
);
const rateToken = fc.constantFrom(['', null] as const, ['费率2.2%', 2.2] as const, ['年化2%', 2] as const, ['费率3.5%', 3.5] as const, ['2.5个点', 2.5] as const);

export const quoteCase: fc.Arbitrary<QuoteCase> = fc
  .tuple(fc.constantFrom('银行贷款担保', '贷款担保', '银行贷款'), amountToken, placeToken, statusToken, termToken, rateToken, fc.constantFrom(' ', '  ', '，', ' ，'), fc.integer({ min: 0, max: 119 }))
  .map(([product, amount, [place, placeKind], [status, statusKind], [term, years], [rate, agreed], sep, order]) => {
    const rest = [amount.token, place, status, term, rate];
    // A fixed permutation per `order`, product first (as /quote lines usually start).
    const shuffled = rest
      .map((t, i) => ({ t, k: ((i * 7 + order) % 5) + i / 10 }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.t);
    return {
      text: [product, ...shuffled].filter((t) => t !== '').join(sep),
      amountYuan: amount.yuan,
      place: placeKind,
      status: statusKind,
      years,
      agreed,
    };
  });

/** A /classify line in managers' words: labelled figures (synonyms, losses) in 万/w. */
export const classifyLine: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(fc.constantFrom('净资产', '总资产', '销售收入', '营收', '营业额', '销售', '利润', '亏损', '资产负债率', '经营'), fc.integer({ min: 1, max: 20000 }), fc.constantFrom('万', 'w', '万元')),
    { minLength: 1, maxLength: 5 },
  )
  .map((fs) => fs.map(([label, n, unit]) => (label === '资产负债率' ? `${label}${n % 100}%` : label === '经营' ? `经营${(n % 30) + 1}年` : `${label}${n}${unit}`)).join(' '));
