import type { App } from '@slack/bolt';
import type { Deps } from '../../usecases/deps.js';
import { appHomeOpened } from './app-home-opened.js';
import { appMention } from './app-mention.js';

export function register(app: App, deps: Deps): void {
  app.event('app_mention', appMention(deps));
  app.event('app_home_opened', appHomeOpened(deps));
}
