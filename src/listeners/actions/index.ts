import type { App } from '@slack/bolt';
import type { Deps } from '../../usecases/deps.js';
import { SHARE_QUOTE_ACTION } from '../../usecases/quote.js';
import { shareQuote } from './share-quote.js';

export function register(app: App, deps: Deps): void {
  app.action(SHARE_QUOTE_ACTION, shareQuote(deps));
}
