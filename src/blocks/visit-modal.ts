/** The visit-report modal (4.2 step 6), pre-filled with the draft. Pure. */
import type { types } from '@slack/bolt';
import type { VisitPayload } from '../core/visits/replies.js';
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
      ...(p.fields[f] ? { initial_value: clip(p.fields[f]!, 3000) } : { placeholder: { type: 'plain_text', text: '待补充' } }),
    },
  }));
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
    private_metadata: encodeMetadata({ clientId: p.clientId, clientName: clip(p.clientName, 200), ...(nudge ? { nudge } : {}) }, 'clientName'),
    blocks,
  };
}
