import type { App } from '@slack/bolt';
import type { Deps } from '../../usecases/deps.js';
import { SHARE_QUOTE_ACTION } from '../../usecases/quote.js';
import { NUDGE_DISMISS_ACTION, NUDGE_LOG_VISIT_ACTION, NUDGE_SNOOZE_ACTION } from '../../blocks/nudge-blocks.js';
import { nudgeDismiss } from './nudge-dismiss.js';
import { nudgeLogVisit } from './nudge-log-visit.js';
import { nudgeSnooze } from './nudge-snooze.js';
import { shareQuote } from './share-quote.js';
import { visitEdit } from './visit-edit.js';
import { homeAddClient, homeWriteVisit } from './home-buttons.js';
import { HOME_ADD_CLIENT_ACTION, HOME_WRITE_VISIT_ACTION } from '../../blocks/home-blocks.js';
import { VISIT_EDIT_ACTION } from '../../usecases/visit.js';

export function register(app: App, deps: Deps): void {
  app.action(SHARE_QUOTE_ACTION, shareQuote(deps));
  app.action(VISIT_EDIT_ACTION, visitEdit(deps));
  app.action(HOME_ADD_CLIENT_ACTION, homeAddClient());
  app.action(HOME_WRITE_VISIT_ACTION, homeWriteVisit(deps));
  app.action(NUDGE_LOG_VISIT_ACTION, nudgeLogVisit(deps));
  app.action(NUDGE_SNOOZE_ACTION, nudgeSnooze(deps));
  app.action(NUDGE_DISMISS_ACTION, nudgeDismiss(deps));
}
