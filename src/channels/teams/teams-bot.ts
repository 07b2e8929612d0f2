import type { Activity, TurnContext } from 'botbuilder';
import type { Locale, TurnInput } from '../../dialogue/types';
import type { Renderer } from '../../i18n';
import type { Logger } from '../../logging';
import { ChannelTurnRunner, OrderedByKey, type ChannelTurnDeps } from '../shared';
import { localeOf, readActivity, scopeOf, sessionId } from './teams-activity';
import { toTeamsActivities, type TeamsView } from './teams-cards';

export const TEAMS_CHANNEL = 'teams';

export interface TeamsBotDeps {
  readonly turns: ChannelTurnDeps;
  readonly logger: Logger;
  readonly renderer: Renderer;
  readonly view: (locale: Locale) => TeamsView;
}

/**
 * The bot logic behind the CloudAdapter (and TestAdapter in tests): activity -> TurnInput -> turn -> activities.
 * One user's turns and their sending run one after another; it never throws, so the adapter never answers 500
 * for a turn (the runner apologises instead).
 */
export class TeamsBot {
  private readonly order = new OrderedByKey();
  private readonly runner: ChannelTurnRunner;

  constructor(private readonly deps: TeamsBotDeps) {
    this.runner = new ChannelTurnRunner({
      channel: TEAMS_CHANNEL,
      modality: 'text',
      turns: deps.turns,
      logger: deps.logger,
      renderer: deps.renderer,
    });
  }

  readonly run = async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    try {
      const request = readActivity(activity);
      const locale = localeOf(activity);
      if (request.kind === 'ignore') {
        this.deps.logger.debug('teams activity ignored', { type: activity.type, why: request.why });
        return;
      }
      const conversationId = activity.conversation.id;
      if (request.kind === 'greet') {
        for (const userId of request.userIds) {
          await this.turn(context, sessionId(conversationId, userId), { kind: 'start', locale }, locale);
        }
        return;
      }
      await this.turn(context, sessionId(conversationId, request.userId), request.input, locale);
    } catch (error) {
      this.deps.logger.error('teams activity failed', { type: activity?.type, err: error });
    }
  };

  private turn(context: TurnContext, id: string, input: TurnInput, locale: Locale): Promise<void> {
    return this.order.run(id, async () => {
      const { reply } = await this.runner.run({
        conversationId: id,
        input,
        locale,
        logFields: { scope: scopeOf(context.activity) },
      });
      const activities: Partial<Activity>[] = toTeamsActivities(reply, this.deps.view(locale));
      try {
        await context.sendActivities(activities);
      } catch (error) {
        this.deps.logger.error('teams send failed', { channel: TEAMS_CHANNEL, err: error });
      }
    });
  }
}
