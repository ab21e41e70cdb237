/** App Home: the manager's desk — clients by class and stage, due nudges with their buttons, recent visit reports. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../usecases/deps.js';
import { publishHome } from '../shared/home.js';

export const appHomeOpened =
  (deps: Deps) =>
  async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    if (event.tab !== 'home') return;
    await publishHome(client, deps, event.user);
  };
