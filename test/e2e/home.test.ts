/** The App Home over signed HTTP: published on app_home_opened, its buttons and modals, admin team totals. */
import { beforeAll, describe, expect, it } from 'vitest';
import { eventBody } from '../helpers/signing.js';
import { slackAppHarness } from '../helpers/slack-harness.js';

const h = slackAppHarness({ ADMIN_USER_IDS: 'UADMIN' });
const command = (user: string, text: string) => h.command('/client', text, { user });
const form = (payload: unknown) => h.interact(payload);

beforeAll(async () => {
  await command('UZHANG', 'add 合肥某某科技有限公司 净资产1200万 销售收入3500万 利润300万');
  await command('UZHANG', 'add 某某贸易 净资产300万 销售收入800万');
  await command('ULI', 'add 李的客户公司');
});

async function openHome(user: string): Promise<string> {
  const before = h.slack.callsTo('views.publish').length;
  const body = eventBody({ type: 'app_home_opened', user, channel: `D${user}`, tab: 'home', event_ts: `${Date.now()}.1` });
  await h.post(body, 'application/json');
  await h.slack.waitFor(() =>
    h.slack
      .callsTo('views.publish')
      .slice(before)
      .some((c) => c.body.user_id === user),
  );
  return JSON.stringify(
    h.slack
      .callsTo('views.publish')
      .slice(before)
      .find((c) => c.body.user_id === user)!.body.view,
  );
}

describe('App Home', () => {
  it('shows the manager’s own clients by class, never another’s', async () => {
    const view = await openHome('UZHANG');
    expect(view).toContain('我的客户 2 个');
    expect(view).toContain('B类 1');
    expect(view).toContain('D类 1');
    expect(view).not.toContain('李的客户公司');
    expect(view).toContain('"action_id":"home_add_client"');
  });

  it('shows due nudges with the digest buttons', async () => {
    await command('UZHANG', 'contact 某某贸易 2026-09-01 电话回访');
    const view = await openHome('UZHANG');
    expect(view).toContain('某某贸易');
    expect(view).toContain('"action_id":"nudge_snooze"');
  });

  it('admins also see team totals', async () => {
    const view = await openHome('UADMIN');
    expect(view).toContain('团队（管理员可见）');
    expect(view).toContain('<@UZHANG>：客户2个');
  });

  it('添加客户 → modal → the client is added, the result DMed and the Home refreshed', async () => {
    const click = {
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'UZHANG', team_id: 'T1' },
      api_app_id: 'A1',
      trigger_id: 'trig-add',
      container: { type: 'view', view_id: 'VH' },
      view: { id: 'VH', type: 'home' },
      actions: [{ type: 'button', action_id: 'home_add_client', block_id: 'b', action_ts: '1' }],
    };
    expect((await form(click)).status).toBe(200);
    await h.slack.waitFor((calls) => calls.some((c) => c.method === 'views.open' && c.body.trigger_id === 'trig-add'));
    const publishes = h.slack.callsTo('views.publish').length;
    const submit = {
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: 'UZHANG', team_id: 'T1' },
      api_app_id: 'A1',
      view: {
        id: 'V9',
        type: 'modal',
        callback_id: 'home_add_client_modal',
        private_metadata: '',
        state: {
          values: { name: { value: { type: 'plain_text_input', value: '新客户 有限公司' } }, figures: { value: { type: 'plain_text_input', value: '净资产2000万 销售收入5000万 利润400万' } } },
        },
      },
    };
    expect((await form(submit)).status).toBe(200);
    await h.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'UZHANG' && String(c.body.text).includes('已新增客户：新客户 有限公司')));
    await h.slack.waitFor(() => h.slack.callsTo('views.publish').length > publishes);
    expect(JSON.stringify(h.slack.callsTo('views.publish').at(-1)!.body.view)).toContain('我的客户 3 个');
  });

  it('写拜访报告 → notes → the 4.2 report modal, drafted in place', async () => {
    const click = {
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'UZHANG', team_id: 'T1' },
      api_app_id: 'A1',
      trigger_id: 'trig-visit',
      container: { type: 'view', view_id: 'VH' },
      view: { id: 'VH', type: 'home' },
      actions: [{ type: 'button', action_id: 'home_write_visit', block_id: 'b', action_ts: '1' }],
    };
    await form(click);
    await h.slack.waitFor((calls) => calls.some((c) => c.method === 'views.open' && c.body.trigger_id === 'trig-visit'));
    const view = h.slack.calls.find((c) => c.method === 'views.open' && c.body.trigger_id === 'trig-visit')!.body.view as {
      blocks: Array<{ block_id: string; element: { options?: Array<{ value: string; text: { text: string } }> } }>;
    };
    const options = view.blocks.find((b) => b.block_id === 'client')!.element.options!;
    expect(options.map((o) => o.text.text)).not.toContain('李的客户公司');
    const target = options.find((o) => o.text.text === '合肥某某科技有限公司')!.value;
    const submit = {
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: 'UZHANG', team_id: 'T1' },
      api_app_id: 'A1',
      view: {
        id: 'V10',
        type: 'modal',
        callback_id: 'home_visit_notes_modal',
        private_metadata: '',
        state: {
          values: { client: { value: { type: 'static_select', selected_option: { value: target } } }, notes: { value: { type: 'plain_text_input', value: '参加人员：王总\n问题：反担保未落实' } } },
        },
      },
    };
    const r = await form(submit);
    const answer = (await r.json()) as { response_action: string; view: { callback_id: string; blocks: Array<{ block_id: string; element: { initial_value?: string } }> } };
    expect(answer.response_action).toBe('update');
    expect(answer.view.callback_id).toBe('visit_save');
    expect(answer.view.blocks.find((b) => b.block_id === 'f1')!.element.initial_value).toBe('王总');
  });
});

describe('every Home button answers (#14.4)', () => {
  const homeClick = (user: string, actionId: string, value: string, trigger: string) => ({
    type: 'block_actions',
    team: { id: 'T1' },
    user: { id: user, team_id: 'T1' },
    api_app_id: 'A1',
    trigger_id: trigger,
    container: { type: 'view', view_id: 'VH' },
    view: { id: 'VH', type: 'home' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'nudge_act_0', value, action_ts: '1' }],
  });

  it('记录拜访 on a stale Home (the client no longer the user’s): the reason is DMed and the Home refreshed', async () => {
    const view = await openHome('UZHANG');
    const key = /"action_id":"nudge_log_visit","text":\{[^}]*\},"value":"([^"]+)"/.exec(view)?.[1];
    expect(key).toBeTruthy();
    await command('UADMIN', 'assign 某某贸易 <@ULI>');
    const publishes = h.slack.callsTo('views.publish').length;
    expect((await form(homeClick('UZHANG', 'nudge_log_visit', key!, 'trig-stale'))).status).toBe(200);
    await h.slack.waitFor(() => h.slack.callsTo('views.publish').length > publishes);
    await h.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'UZHANG' && String(c.body.text).length > 0 && !String(c.body.text).includes('已新增')));
    expect(h.slack.callsTo('views.open').some((c) => c.body.trigger_id === 'trig-stale')).toBe(false);
    expect(JSON.stringify(h.slack.callsTo('views.publish').at(-1)!.body.view)).not.toContain('某某贸易');
  });

  it('a Home button whose work fails (views.open refused) → the user is told in a DM', async () => {
    h.slack.on('views.open', () => ({ body: { ok: false, error: 'expired_trigger_id' } }));
    const before = h.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'UZHANG').length;
    expect((await form(homeClick('UZHANG', 'home_add_client', '', 'trig-expired'))).status).toBe(200);
    await h.slack.waitFor(() => h.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'UZHANG').length > before);
    expect(
      String(
        h.slack
          .callsTo('chat.postMessage')
          .filter((c) => c.body.channel === 'UZHANG')
          .at(-1)!.body.text,
      ),
    ).toContain('抱歉');
  });
});
