/** The visit-report modal (4.2 step 6), pre-filled with the draft. Pure. */
import type { types } from '@slack/bolt';
import type { Offer } from '../core/visits/contacts.js';
import { offerLabel, type VisitPayload } from '../core/visits/replies.js';
import { REPORT_FIELDS } from '../core/visits/table.js';
import { clip } from './escape.js';
import { encodeMetadata } from './metadata.js';

export const VISIT_MODAL_ID = 'visit_save';

/** Block ids: f0…f7 for the report's fields, then the two dates. */
export const fieldBlockId = (i: number) => `f${i}`;

/** Where a nudge digest item lives, so saving the report can mark it handled. */
export interface NudgeLink {
  key: string;
  channel?: string;
  ts?: string;
}

/** The 加入联系人 checkboxes: each option's value is the offer's index in the metadata's list. */
export const CONTACTS_BLOCK = 'contacts';
const contactOptions = (offers: readonly Offer[]) => offers.map((o, i) => ({ text: { type: 'plain_text' as const, text: clip(offerLabel(o), 75) }, value: String(i) }));

export function visitModal(p: VisitPayload, nudge?: NudgeLink): types.ModalView {
  const blocks: types.KnownBlock[] = REPORT_FIELDS.map((f, i) => ({
    type: 'input',
    block_id: fieldBlockId(i),
    optional: true,
    label: { type: 'plain_text', text: f },
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      multiline: true,
      ...(p.fields[f] ? { initial_value: clip(p.fields[f], 3000) } : { placeholder: { type: 'plain_text', text: '待补充' } }),
    },
  }));
  if (p.contacts?.length)
    blocks.push({
      type: 'input',
      block_id: CONTACTS_BLOCK,
      optional: true,
      label: { type: 'plain_text', text: '加入联系人' },
      hint: { type: 'plain_text', text: '笔记里提到、客户档案里还没有的人；勾选的保存时加入客户的联系人。' },
      element: { type: 'checkboxes', action_id: 'value', options: contactOptions(p.contacts), initial_options: contactOptions(p.contacts) },
    });
  blocks.push(
    { type: 'input', block_id: 'visitDate', label: { type: 'plain_text', text: '拜访日期' }, element: { type: 'datepicker', action_id: 'value', initial_date: p.visitDate } },
    { type: 'input', block_id: 'nextFollowUp', label: { type: 'plain_text', text: '下次跟进' }, element: { type: 'datepicker', action_id: 'value', initial_date: p.nextFollowUp } },
  );
  return {
    type: 'modal',
    callback_id: VISIT_MODAL_ID,
    title: { type: 'plain_text', text: '拜访报告' },
    submit: { type: 'plain_text', text: '保存到档案' },
    close: { type: 'plain_text', text: '取消' },
    private_metadata: encodeMetadata({ clientId: p.clientId, clientName: clip(p.clientName, 200), ...(p.contacts?.length ? { contacts: p.contacts } : {}), ...(nudge ? { nudge } : {}) }, 'clientName'),
    blocks,
  };
}
