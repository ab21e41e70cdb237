import type { App } from '@slack/bolt';
import { QUOTE_MODAL_ID } from '../../blocks/quote-modal.js';
import type { Deps } from '../../usecases/deps.js';
import { quoteMissingSubmit } from './quote-missing-submit.js';

export function register(app: App, deps: Deps): void {
  app.view(QUOTE_MODAL_ID, quoteMissingSubmit(deps));
}
