/**
 * The digest port: how the nudge run reaches a manager. The use case (src/usecases/send-nudges.ts)
 * hands over the domain digest — one manager's nudges of one day — and the adapter renders and
 * posts it (src/jobs/slack-sender.ts: Block Kit built at the edge, conversations.open then
 * chat.postMessage). Failures reject; the run marks that manager's claimed nudges 'failed'.
 */
import type { Nudge } from '../core/nudges/engine.js';

/** One manager's digest of one day: every claimed nudge (the adapter decides how many to show). */
export interface Digest {
  owner: string;
  /** YYYY-MM-DD in NUDGE_TZ. */
  today: string;
  nudges: readonly Nudge[];
}

export interface DigestSender {
  /** The DM channel with a user (conversations.open users=userId). */
  openDm(userId: string): Promise<string>;
  /** Renders and posts the digest to `channel`. */
  post(channel: string, digest: Digest): Promise<void>;
}
