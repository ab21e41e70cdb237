/**
 * A user mention the core itself produces (an owner, an assignee). Marked with private-use
 * characters that src/core/text/sanitize.ts strips from everything entering the assistant (typed,
 * imported, the model's output, stored text), so only the core can make one; the Block Kit
 * builder turns it into `<@U…>` after escaping, the console into `@U…`.
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';

export function mention(userId: string): string {
  return /^[UW][A-Z0-9]{1,20}$/.test(userId) ? `${OPEN}${userId}${CLOSE}` : userId;
}

export const MENTION_TOKEN = /\uE000([UW][A-Z0-9]{1,20})\uE001/g;
