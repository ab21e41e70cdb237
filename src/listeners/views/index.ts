import type { App } from '@slack/bolt';
import { QUOTE_MODAL_ID } from '../../blocks/quote-modal.js';
import type { Deps } from '../../usecases/deps.js';
import { quoteMissingSubmit } from './quote-missing-submit.js';
import { visitSave } from './visit-save.js';
import { homeAddClientSubmit, homeVisitNotesSubmit } from './home-modals.js';
import { HOME_ADD_CLIENT_MODAL, HOME_VISIT_NOTES_MODAL } from '../../blocks/home-blocks.js';
import { VISIT_MODAL_ID } from '../../blocks/visit-modal.js';

export function register(app: App, deps: Deps): void {
  app.view(QUOTE_MODAL_ID, quoteMissingSubmit(deps));
  app.view(VISIT_MODAL_ID, visitSave(deps));
  app.view(HOME_ADD_CLIENT_MODAL, homeAddClientSubmit(deps));
  app.view(HOME_VISIT_NOTES_MODAL, homeVisitNotesSubmit(deps));
}
