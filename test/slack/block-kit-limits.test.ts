/**
 * The strict fake (test/helpers/block-kit-limits.ts) refuses what Slack refuses — so it can fail
 * a test — and every Block Kit builder stays within Slack's limits at the extremes: 1,200
 * clients, 1,435 reminders, 3,000-character fields, names of emoji, text full of & < > and quotes.
 */
import { describe, expect, it } from 'vitest';
import { homeView, visitNotesModal, addClientModal } from '../../src/blocks/home-blocks.js';
import { digestMessage } from '../../src/blocks/nudge-blocks.js';
import { quoteModal } from '../../src/blocks/quote-modal.js';
import { replyBlocks } from '../../src/blocks/reply-blocks.js';
import { unsavedMessage } from '../../src/blocks/unsaved-blocks.js';
import { visitModal } from '../../src/blocks/visit-modal.js';
import type { Nudge } from '../../src/core/nudges/index.js';
import { fieldSpecs } from '../../src/core/quote-followup.js';
import { reply } from '../../src/core/reply.js';
import { REPORT_FIELDS } from '../../src/core/visits/table.js';
import { blockKitRefusal } from '../helpers/block-kit-limits.js';

const header = (text: string) => ({ type: 'header', text: { type: 'plain_text', text } });
const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const modal = (extra: Record<string, unknown>) => ({ view: { type: 'modal', title: { type: 'plain_text', text: '报价' }, blocks: [], ...extra } });

describe('the strict fake refuses what Slack refuses', () => {
  it.each([
    ['51 blocks in a message', 'chat.postMessage', { text: 't', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) }, 'invalid_blocks'],
    ['a header of 151 characters', 'chat.postMessage', { blocks: [header('字'.repeat(151))] }, 'invalid_blocks'],
    ['a mrkdwn header', 'chat.postMessage', { blocks: [{ type: 'header', text: { type: 'mrkdwn', text: 'x' } }] }, 'invalid_blocks'],
    ['section text of 3001', 'response_url', { blocks: [section('a'.repeat(3001))] }, 'invalid_blocks'],
    ['11 fields', 'chat.postMessage', { blocks: [{ type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'x' })) }] }, 'invalid_blocks'],
    ['button text of 76', 'chat.update', { blocks: [{ type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'b'.repeat(76) } }] }] }, 'invalid_blocks'],
    [
      'an action_id of 256',
      'chat.postMessage',
      { blocks: [{ type: 'actions', elements: [{ type: 'button', action_id: 'a'.repeat(256), text: { type: 'plain_text', text: 'b' } }] }] },
      'invalid_blocks',
    ],
    [
      'duplicate block_ids',
      'chat.postMessage',
      {
        blocks: [
          { ...section('a'), block_id: 'x' },
          { ...section('b'), block_id: 'x' },
        ],
      },
      'invalid_blocks',
    ],
    ['a lone surrogate', 'chat.postMessage', { text: 'ok', blocks: [section('客户\uD83D')] }, 'invalid_blocks'],
    ['text over 40,000', 'chat.postMessage', { text: 'x'.repeat(40_001) }, 'msg_too_long'],
    ['101 blocks in a Home', 'views.publish', { view: { type: 'home', blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) } }, 'invalid_arguments'],
    ['a modal title of 25', 'views.open', modal({ title: { type: 'plain_text', text: 't'.repeat(25) } }), 'invalid_arguments'],
    ['private_metadata of 3001', 'views.open', modal({ private_metadata: 'm'.repeat(3001) }), 'invalid_arguments'],
    [
      '101 options',
      'views.open',
      modal({
        blocks: [
          {
            type: 'input',
            label: { type: 'plain_text', text: 'l' },
            element: { type: 'static_select', action_id: 'v', options: Array.from({ length: 101 }, (_, i) => ({ text: { type: 'plain_text', text: `o${i}` }, value: `${i}` })) },
          },
        ],
      }),
      'invalid_arguments',
    ],
    [
      'an initial_value over max_length',
      'views.open',
      modal({ blocks: [{ type: 'input', label: { type: 'plain_text', text: 'l' }, element: { type: 'plain_text_input', action_id: 'v', max_length: 10, initial_value: 'x'.repeat(11) } }] }),
      'invalid_arguments',
    ],
  ])('%s → %s', (_, method, body, error) => {
    expect(blockKitRefusal(method, body as Record<string, unknown>)?.error).toBe(error);
  });

  it('a plain valid message passes', () => {
    expect(blockKitRefusal('chat.postMessage', { text: 'ok', blocks: [header('报价'), section('*A&amp;B*')] })).toBeUndefined();
  });
});

const EMOJI = '👨‍👩‍👧';
const nasty = (n: number) => `${'A&B<C>"引号"\\ 😀'.repeat(Math.ceil(n / 15))}`.slice(0, n);
const nudge = (i: number, kind: Nudge['kind']): Nudge => ({
  key: `${kind}:c${i}:2026-12-01`,
  occurrence: `${kind}:c${i}:2026-12-01`,
  kind,
  clientId: `c${i}`,
  clientName: `${EMOJI.repeat(20)}客户${i}`,
  owner: 'U1',
  date: '2026-12-01',
  reason: nasty(300),
  vars: {},
  sections: [],
});

describe('every builder stays within Slack’s limits at the extremes', () => {
  const many = Array.from({ length: 1435 }, (_, i) => nudge(i, (['due', 'birthday', 'anniversary', 'dormant'] as const)[i % 4]!));

  it('the digest for 1,435 reminders', () => expect(blockKitRefusal('chat.postMessage', digestMessage(many, '2026-12-01') as never)).toBeUndefined());

  it('the App Home of an admin with 1,200 clients, 1,435 reminders and a long team list', () => {
    const view = homeView({
      today: '2026-12-01',
      isAdmin: true,
      clients: 1200,
      dormant: 900,
      byClass: { A: 300, B: 300, C: 300, D: 200, 未分类: 100 },
      byStage: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`阶段${i}&<>`, i])),
      nudges: many,
      visits: Array.from({ length: 5 }, (_, i) => ({ date: '2026-11-30', clientName: `${EMOJI.repeat(30)}${i}`, next: nasty(3000) })),
      team: Array.from({ length: 200 }, (_, i) => ({ owner: `U${i}`, clients: 6, dormant: 3, nudges: 7 })),
    });
    expect(blockKitRefusal('views.publish', { user_id: 'U1', view })).toBeUndefined();
  });

  it('a reply with a very long body, many fields and buttons', () => {
    const r = reply('x', {
      title: EMOJI.repeat(100),
      body: Array.from({ length: 200 }, () => nasty(400)),
      fields: Array.from({ length: 25 }, (_, i) => ({ label: `字段${i}`, value: nasty(2500) })),
      context: Array.from({ length: 20 }, () => nasty(2500)),
      actions: Array.from({ length: 30 }, (_, i) => ({ id: `a${i}`, label: EMOJI.repeat(40), value: nasty(2500) })),
    });
    const msg = replyBlocks(r);
    expect(msg.blocks.length).toBeLessThanOrEqual(50);
    expect(blockKitRefusal('chat.postMessage', msg as never)).toBeUndefined();
  });

  it('the quote modal with 3,000 characters of quotes and emoji', () => {
    const view = quoteModal(reply('q', { title: EMOJI.repeat(2000) }), Object.values(fieldSpecs), { text: nasty(3000), responseUrl: `https://hooks.slack.com/commands/T1/${'1'.repeat(60)}` });
    expect(blockKitRefusal('views.open', { view })).toBeUndefined();
  });

  it('the visit modal with every field at 3,000 characters and a long nudge key', () => {
    const fields = Object.fromEntries(REPORT_FIELDS.map((f) => [f, nasty(3000)]));
    const view = visitModal(
      { clientId: 'c1', clientName: EMOJI.repeat(200), fields, visitDate: '2026-11-30', nextFollowUp: '2026-12-14' },
      { key: `dormant:${'c'.repeat(1500)}:2026-12-01`, channel: 'D1', ts: '1.2' },
    );
    expect(blockKitRefusal('views.open', { view })).toBeUndefined();
  });

  it('the Home modals, with 100 clients of emoji names', () => {
    expect(blockKitRefusal('views.open', { view: addClientModal() })).toBeUndefined();
    const clients = Array.from({ length: 100 }, (_, i) => ({ id: `c${i}`, name: `${EMOJI.repeat(30)}${i}` }));
    expect(blockKitRefusal('views.open', { view: visitNotesModal(clients) })).toBeUndefined();
  });

  it('a whole visit report sent back after a failed save', () => {
    const msg = unsavedMessage(
      '拜访报告',
      '客户档案正忙，请稍后再试。',
      REPORT_FIELDS.map((f) => ({ label: f, value: nasty(3000) })),
    );
    expect(blockKitRefusal('chat.postMessage', msg as never)).toBeUndefined();
  });
});
