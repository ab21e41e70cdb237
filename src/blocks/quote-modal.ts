/** The modal that asks for a quote's missing fields, pre-filled with what was already parsed. Pure. */
import type { types } from '@slack/bolt';
import type { FieldSpec } from '../core/quote-followup.js';
import type { Reply } from '../core/reply.js';
import { clip } from './escape.js';
import { encodeMetadata } from './metadata.js';

export const QUOTE_MODAL_ID = 'quote_missing';

export interface QuoteModalMetadata {
  text: string;
  responseUrl?: string;
  channelId?: string;
}

export function quoteModal(r: Reply, fields: FieldSpec[], meta: QuoteModalMetadata): types.ModalView {
  const blocks: types.KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: clip(`*${r.title}*`, 2900) } },
    {
      type: 'input',
      block_id: 'text',
      label: { type: 'plain_text', text: '已输入' },
      hint: { type: 'plain_text', text: '可以修改；下面补充的内容会接在后面一起计算' },
      element: { type: 'plain_text_input', action_id: 'value', initial_value: clip(meta.text, 3000) },
    },
  ];
  for (const f of fields) {
    blocks.push({
      type: 'input',
      block_id: f.field,
      label: { type: 'plain_text', text: f.label },
      hint: { type: 'plain_text', text: f.hint },
      element: f.options
        ? { type: 'static_select', action_id: 'value', options: f.options.map((o) => ({ text: { type: 'plain_text', text: o.label }, value: o.value })) }
        : { type: 'plain_text_input', action_id: 'value', placeholder: { type: 'plain_text', text: f.hint } },
    });
  }
  return {
    type: 'modal',
    callback_id: QUOTE_MODAL_ID,
    title: { type: 'plain_text', text: '补充报价信息' },
    submit: { type: 'plain_text', text: '报价' },
    close: { type: 'plain_text', text: '取消' },
    private_metadata: encodeMetadata({ ...meta }, 'text'),
    blocks,
  };
}
