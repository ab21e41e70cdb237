/**
 * Block Kit → readable terminal text: header, sections, fields as "label：value",
 * context lines, buttons as [label]. Used by the local console; pure.
 */
import type { types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;
import { unescapeSlack } from '../blocks/escape.js';

function mrkdwn(s: string): string {
  return unescapeSlack(s)
    .replace(/\*([^*\n]+)\*/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1');
}

export function renderBlocks(blocks: readonly KnownBlock[], fallback = ''): string {
  if (blocks.length === 0) return mrkdwn(fallback);
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'header':
        out.push(`【${b.text.text}】`);
        break;
      case 'section':
        if (b.text) out.push(mrkdwn(b.text.text));
        if (b.fields) for (const f of b.fields) out.push(mrkdwn(f.text).replace('\n', '：'));
        break;
      case 'context':
        for (const e of b.elements) if ('text' in e) out.push(`  ${mrkdwn(e.text)}`);
        break;
      case 'actions':
        out.push(
          b.elements
            .map((e) => ('text' in e && e.text ? `[${e.text.text}]` : ''))
            .filter(Boolean)
            .join(' '),
        );
        break;
      case 'divider':
        out.push('────────');
        break;
      default:
        break;
    }
  }
  return out.join('\n');
}
