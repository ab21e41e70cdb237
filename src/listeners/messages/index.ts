import type { App } from '@slack/bolt';
import type { Deps } from '../../usecases/deps.js';
import { directMessage } from './direct-message.js';

export function register(app: App, deps: Deps): void {
  app.message(directMessage(deps));
}
