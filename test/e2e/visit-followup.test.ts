/**
 * Issue #16 end to end over signed HTTP, no model: a note that says 下周二 → a draft with every
 * field it mentions, 王总 and 李会计 offered as contacts → saved through the modal → the nudge run on
 * that Tuesday reminds the owner once, with the report's 下一步 line.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/adapters/embedded-store.js';
import { slackDigestSender } from '../../src/jobs/slack-sender.js';
import { createLogger } from '../../src/logger.js';

import { sendNudges } from '../../src/usecases/send-nudges.js';
import { slackAppHarness } from '../helpers/slack-harness.js';

const dataDir = mkdtempSync(join(tmpdir(), 'gd-visit-followup-'));
const h = slackAppHarness({ DATA_DIR: dataDir, NUDGE_CRON: '0 0 1 1 *' }, 'visit-followup-secret');
const NOTE = '合肥恒达 今天和王总、李会计在厂里聊了，明年想贷款800万扩产，反担保可以用厂房抵押，问题是去年利润下滑。下周二再去送材料';

/** Today in Asia/Shanghai and the Tuesday of the following week (weeks start on Monday), computed apart from the app. */
function days(): { today: string; tuesday: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const t = new Date(`${today}T00:00:00Z`);
  const sinceMonday = (t.getUTCDay() + 6) % 7;
  const tuesday = new Date(t.getTime() + (7 - sinceMonday + 1) * 86_400_000).toISOString().slice(0, 10);
  return { today, tuesday };
}

let store: EmbeddedStore | undefined;
beforeAll(async () => {
  h.slack.on('conversations.open', (c) => ({ body: { ok: true, channel: { id: `D${String(c.body.users)}` } } }));
  await h.command('/client', 'add 合肥恒达 净资产1200万', { user: 'UWANG' });
});
afterAll(async () => {
  await store?.close();
});

describe('#16: notes → report → follow-up reminder', () => {
  const { today, tuesday } = days();
  let draft: Record<string, unknown>;

  it('drafts every field the note mentions, the follow-up on next Tuesday, and offers 王总 and 李会计', async () => {
    draft = await h.command('/visit', NOTE, { user: 'UWANG' });
    const text = String(draft.text);
    for (const line of [
      '*参加人员*：王总、李会计',
      '*会谈地点*：厂里',
      '*会谈目标*：明年想贷款800万扩产',
      '*主要内容和达成的共识*：反担保可以用厂房抵押',
      '*遇到的问题*：问题是去年利润下滑',
      '*下一步工作重点及建议*：下周二再去送材料',
    ])
      expect(text).toContain(line);
    expect(text).toContain(`*拜访日期*：${today}`);
    expect(text).toContain(`*建议下次跟进*：${tuesday}（按笔记）`);
    expect(text).toContain('*可加入联系人*：王总、李会计');
  });

  it('the modal offers them ticked; saving adds them and the report; the Tuesday run reminds the owner once', async () => {
    const blocks = draft.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>;
    const value = blocks.find((b) => b.type === 'actions')!.elements!.find((e) => e.action_id === 'visit_edit')!.value;
    await h.interact({
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'UWANG', team_id: 'T1' },
      api_app_id: 'A1',
      trigger_id: 'trig-f',
      response_url: h.slack.responseUrl('f-click'),
      container: { type: 'message', is_ephemeral: true },
      actions: [{ type: 'button', action_id: 'visit_edit', block_id: 'b', value, action_ts: '1' }],
    });
    await h.slack.waitFor((calls) => calls.some((c) => c.method === 'views.open' && c.body.trigger_id === 'trig-f'));
    const view = h.slack.calls.find((c) => c.method === 'views.open' && c.body.trigger_id === 'trig-f')!.body.view as {
      private_metadata: string;
      blocks: Array<{ block_id: string; element: { initial_value?: string; initial_date?: string; options?: Array<{ text: { text: string }; value: string }>; initial_options?: unknown[] } }>;
    };
    const contacts = view.blocks.find((b) => b.block_id === 'contacts')!.element;
    expect(contacts.options!.map((o) => o.text.text)).toEqual(['王总', '李会计']);
    expect(contacts.initial_options).toHaveLength(2);
    expect(view.blocks.find((b) => b.block_id === 'nextFollowUp')!.element.initial_date).toBe(tuesday);

    const values: Record<string, unknown> = {};
    for (const b of view.blocks) {
      if (/^f\d$/.test(b.block_id) && b.element.initial_value) values[b.block_id] = { value: { type: 'plain_text_input', value: b.element.initial_value } };
      if (b.block_id === 'visitDate' || b.block_id === 'nextFollowUp') values[b.block_id] = { value: { type: 'datepicker', selected_date: b.element.initial_date } };
    }
    values.contacts = { value: { type: 'checkboxes', selected_options: contacts.options } };
    await h.interact({
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: 'UWANG', team_id: 'T1' },
      api_app_id: 'A1',
      view: { id: 'V1', type: 'modal', callback_id: 'visit_save', private_metadata: view.private_metadata, state: { values } },
    });
    await h.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'UWANG' && String(c.body.text).includes('已保存拜访报告')));
    const saved = String(h.slack.calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === 'UWANG' && String(c.body.text).includes('已保存拜访报告'))!.body.text);
    expect(saved).toContain('已加入联系人：王总、李会计');
    expect(String((await h.command('/client', '合肥恒达', { user: 'UWANG' })).text)).toMatch(/王总[\s\S]*李会计/);

    store = await openEmbeddedStore({ dataDir });
    const sender = slackDigestSender(new webApi.WebClient('xoxb-test', { slackApiUrl: h.slack.apiUrl, retryConfig: { retries: 0 } }));
    const deps = { store, now: () => new Date(`${tuesday}T01:00:00Z`), logger: createLogger('error'), tz: 'Asia/Shanghai', sender, paceMs: 0 };
    await sendNudges(deps, { today: tuesday });
    await sendNudges(deps, { today: tuesday });
    const digests = h.slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'DUWANG' && String(c.body.text).includes('合肥恒达'));
    expect(digests).toHaveLength(1);
    expect(String(digests[0]!.body.text)).toContain('下周二再去送材料');
    expect(JSON.stringify(digests[0]!.body.blocks)).toContain('约定跟进');
  });
});
