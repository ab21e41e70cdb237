/**
 * People and the meeting place named in visit notes (4.2 参加人员、会谈地点). Pure, table-driven
 * (data/visits.json `extractor`). A person is a surname with a title or role (王总, 李会计, 张行长,
 * 顾老板, 韩姐) or 老/小 with a surname (老马, 小林). People introduced as our side (我和…, 与…一起,
 * 陪同…, 我们的…) are participants but not the client's contacts.
 */
import { alternation, visitWords as W } from './words.js';

export interface Mention {
  /** As written: 王总, 李会计, 老马. */
  name: string;
  /** The title, or the role written just before the name (财务总监罗总 → 财务总监); absent for 总/董/姐 alone. */
  role?: string;
  /** Our side (a colleague, a banker we went with): a participant, not offered as the client's contact. */
  ours: boolean;
}

const S = `[${W.surnames}]`;
const TITLE = alternation(W.titles);
const NOT_AFTER = alternation(W.notATitleAfter);
const ROLE_BEFORE = '((?:财务|销售|生产|项目|风控|办公室|行政|技术|人事|市场|采购)?部?(?:总监|副总|经理|主任|厂长|会计|出纳|助理|董事长|总经理|老板娘|合伙人|主管)|财务部|风控部)?';
const PERSON = new RegExp(`${ROLE_BEFORE}(${S}(?:${TITLE})(?!${NOT_AFTER})|[老小]${S}(?![${W.surnames}]?(?:${TITLE})))`, 'g');
const COMPANION = new RegExp(`^(?:.*?(?:${alternation(W.companionCues)}))`);

/**
 * @example mentionsIn('我和小周一起去的，见了财务总监罗总') // [{ name: '小周', ours: true }, { name: '罗总', role: '财务总监', ours: false }]
 */
export function mentionsIn(clause: string): Mention[] {
  const out: Mention[] = [];
  for (const m of clause.matchAll(PERSON)) {
    const name = m[2]!;
    const title = W.titles.find((t) => name.endsWith(t) && name.length > t.length);
    const role = m[1] ?? (title && !W.addressOnly.includes(title) ? title : undefined);
    const before = clause.slice(0, m.index + (m[1]?.length ?? 0));
    // 我和小周 / 与风控部李经理一起 / 陪同徐行长: the cue stands right before the name (within a few characters).
    const cue = COMPANION.exec(before);
    const ours = !!cue && before.length - cue[0].length <= 6;
    if (!out.some((o) => o.name === name)) out.push({ name, ...(role ? { role: role.replace(/部$/, '') } : {}), ours });
  }
  return out;
}

const PLACE_WORD = alternation(W.places);
const NOT_PLACE = new RegExp(alternation(W.notPlaces));
const PLACE_AFTER = new RegExp(`(?:在|到|去了?)([^在到去，。\\s]{0,8}?(?:${PLACE_WORD})[^，。\\s和跟与见聊谈碰吃喝开接做看]{0,2}?)(?=和|跟|与|见|聊|谈|碰|吃|喝|开|接待|做|看|来|$|\\s)`);
const PLACE_ANY = new RegExp(`(?:客户|他们|对方|他的|他)?(?:${PLACE_WORD})`);

/**
 * The meeting place: 在/到/去 + a phrase ending in a place word (在客户二楼会议室见了…), else a place word.
 * @example placeIn('今天和王总在厂里聊了') // '厂里'
 */
export function placeIn(clause: string): string | undefined {
  if (NOT_PLACE.test(clause) && !PLACE_AFTER.test(clause)) return undefined;
  const m = PLACE_AFTER.exec(clause);
  if (m && !NOT_PLACE.test(m[1]!)) return m[1]!.replace(/^的/, '');
  return PLACE_ANY.exec(clause)?.[0];
}
