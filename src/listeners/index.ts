import type { App } from '@slack/bolt';
import type { Deps } from '../usecases/deps.js';
import * as actions from './actions/index.js';
import * as commands from './commands/index.js';
import * as events from './events/index.js';
import * as messages from './messages/index.js';
import * as views from './views/index.js';

export function registerListeners(app: App, deps: Deps): void {
  commands.register(app, deps);
  messages.register(app, deps);
  events.register(app, deps);
  actions.register(app, deps);
  views.register(app, deps);
}
