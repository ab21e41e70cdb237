/**
 * A visit draft travels in a button's value (≤ 2000 characters) from the draft message to the
 * edit modal, so opening the modal needs no lookup within Slack's 3-second trigger window.
 * Over-long drafts are shortened field by field (longest first) and say so.
 */
import { z } from 'zod';
import type { VisitPayload } from './replies.js';

const Payload = z.object({
  clientId: z.string().min(1),
  clientName: z.string(),
  fields: z.record(z.string(), z.string()),
  visitDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  nextFollowUp: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  followUpFromNotes: z.boolean().optional(),
  contacts: z
    .array(z.object({ name: z.string().min(1).max(40), role: z.string().min(1).max(40).optional() }))
    .max(8)
    .optional(),
});

export const MAX_VALUE = 2000;

export function encodePayload(p: VisitPayload): { value: string; shortened: boolean } {
  const fields = { ...p.fields };
  let value = JSON.stringify({ ...p, fields });
  let shortened = false;
  while (value.length > MAX_VALUE) {
    const [longest] = Object.entries(fields).sort((a, b) => b[1].length - a[1].length);
    if (!longest || longest[1].length < 20) break;
    fields[longest[0]] = `${longest[1].slice(0, Math.floor(longest[1].length * 0.8))}…`;
    shortened = true;
    value = JSON.stringify({ ...p, fields });
  }
  return { value: value.slice(0, MAX_VALUE), shortened };
}

export function decodePayload(value: string): VisitPayload | undefined {
  try {
    const r = Payload.safeParse(JSON.parse(value));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}
