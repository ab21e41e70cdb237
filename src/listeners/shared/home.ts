/** Publishing a manager's App Home: on opening it, and after anything that changes what it shows. */
import type { webApi } from '@slack/bolt';
import { homeView } from '../../blocks/home-blocks.js';
import { actorFor, type Deps } from '../../usecases/deps.js';
import { homeUseCase } from '../../usecases/home.js';
import { asCodedError } from '../../core/errors.js';

export async function publishHome(client: webApi.WebClient, deps: Deps, userId: string): Promise<void> {
  const data = await homeUseCase(deps, actorFor(deps, userId, 'dm'));
  await client.views.publish({ user_id: userId, view: homeView(data) });
}

/** publishHome where a stale Home is not worth failing for (after a save, which the user was told about): logs, never throws. */
export async function refreshHome(client: webApi.WebClient, deps: Deps, userId: string): Promise<void> {
  await publishHome(client, deps, userId).catch((err: unknown) => deps.logger.event('warn', 'home refresh failed', { code: asCodedError(err, 'SLACK_API_FAILED').code }));
}
