/** Bugs the fuzzers found, each kept as its smallest counterexample so it stays fixed. */
import { describe, expect, it } from 'vitest';
import { replyBlocks } from '../../src/blocks/reply-blocks.js';
import { completeQuoteText } from '../../src/core/quote-followup.js';
import { extractVisit } from '../../src/core/visits/extract.js';
import { createLogger } from '../../src/logger.js';
import { clientUseCase } from '../../src/usecases/client.js';
import type { Actor, Deps } from '../../src/usecases/deps.js';
import { quoteUseCase } from '../../src/usecases/quote.js';
import { saveVisitUseCase, visitUseCase } from '../../src/usecases/visit.js';
import { seededStore } from './seed.js';

const zhang: Actor = { userId: 'UZHANG', isAdmin: false, surface: 'ephemeral' };
const deps = (): Deps => ({ now: () => new Date('2026-11-28T02:00:00Z'), logger: createLogger('error', () => {}), adminUserIds: [], store: seededStore(), tz: 'Asia/Shanghai' });
const rendered = (x: Parameters<typeof replyBlocks>[0]) => JSON.stringify(replyBlocks(x));

describe('fuzzer findings, fixed', () => {
  // src/listeners/views/quote-missing-submit.ts:27 — the modal's text goes to quoteUseCase without
  // stripMentionMarkers (the slash command, DM, @mention and console all strip); parseInput keeps the
  // markers in its “未使用” words and escapeSlack turns them into a real mention.
  it('a quote completed in the missing-fields modal never mentions a typed user', async () => {
    const text = completeQuoteText('\uE000U123\uE001 银行贷款 500万', { place: '合肥', clientStatus: '新客户' });
    const r = await quoteUseCase(deps(), { text, actor: zhang });
    expect(rendered(r)).not.toContain('<@U123>');
  });

  // src/listeners/views/visit-save.ts:41-44 — the edited report fields are saved without
  // stripMentionMarkers; the client card (core/clients/replies.ts:118, 下一步) then mentions U123.
  it('a visit report edited in the modal never turns into a mention on the client card', async () => {
    const d = deps();
    await saveVisitUseCase(d, zhang, {
      clientId: 'c1',
      clientName: '合肥某某科技有限公司',
      fields: { 下一步工作重点及建议: '\uE000U123\uE001 送材料' },
      visitDate: '2026-11-27',
      nextFollowUp: '2026-12-05',
    });
    const card = await clientUseCase(d, { text: '合肥某某科技有限公司', actor: zhang });
    expect(rendered(card)).not.toContain('<@U123>');
  });

  // src/usecases/client.ts:66 (case 'add') — a name over the archive's 500-character limit
  // (core/archive/model.ts Text) reaches store.update, fails the schema and escapes as
  // STORE_WRITE_FAILED; the user is told “保存失败…请稍后再试”, which retrying cannot fix.
  it('/client add with a 501-character name answers with usage, not a store failure', async () => {
    const r = await clientUseCase(deps(), { text: `add ${'某'.repeat(501)}`, actor: zhang });
    expect(r.key).toBe('usage.client');
  });

  // src/core/visits/extract.ts:52-53 — the visit date read from the notes is not checked against
  // today (the model's date is, usecases/visit.ts; /client contact refuses future dates).
  it('a notes draft never dates the visit after today', () => {
    expect(extractVisit('2026-11-20', '2026-11-01').visitDate <= '2026-11-01').toBe(true);
  });

  // src/core/visits/extract.ts:39 — the bullet/numbering strip `^[-•*\d.、)）\s]+` also eats a
  // line's leading digits: “2026-11-20” → “0”, “12月5日见面” → “月5日见面”, “500万贷款” → “万贷款”.
  it('a line starting with a figure or a date keeps it', () => {
    expect(extractVisit('500万贷款下月到期', '2026-11-28').主要内容和达成的共识).toBe('500万贷款下月到期');
  });

  // /client assign with a 'user id' hundreds of characters long reached the store (ids ≤ 100) and
  // failed there; ids are now bounded where they are read (core/clients/command.ts).
  it('/client assign with an absurd user id answers with usage, not a store failure', async () => {
    const d = deps();
    const r = await clientUseCase(d, { text: `assign 合肥某某科技有限公司 W${'9ABC'.repeat(200)}`, actor: { ...zhang, isAdmin: true } });
    expect(r.key).toBe('usage.client');
  });

  // The Home's 写拜访报告 modal (a typed client name when there are > 100 clients) calls visitUseCase
  // directly; an unknown name was echoed back in 没有找到 and its markers became a mention.
  it('a typed client name in a visit request never becomes a mention', async () => {
    const r = await visitUseCase(deps(), { text: '“\uE000U123\uE001” 见了王总', actor: { ...zhang, surface: 'dm' } });
    expect(r.key).toBe('client.not_found');
    expect(rendered(r)).not.toContain('<@U123>');
  });
});
