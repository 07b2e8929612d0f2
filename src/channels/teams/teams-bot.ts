import type { Activity, TurnContext } from 'botbuilder';
import type { Locale, Message, TurnInput } from '../../dialogue/types';
import { hashId, type Logger } from '../../logging';
import { SessionConflictError, SessionStoreUnavailableError } from '../../session';
import { runChannelTurn, type ChannelTurnDeps } from '../shared';
import { OrderedByKey } from '../shared';
import { localeOf, readActivity, scopeOf, sessionId } from './teams-activity';
import { textActivity, toTeamsActivities, type TeamsView } from './teams-cards';

export const TEAMS_CHANNEL = 'teams';

export interface TeamsBotDeps {
  readonly turns: ChannelTurnDeps;
  readonly logger: Logger;
  readonly view: (locale: Locale) => TeamsView;
}

/**
 * The bot logic behind the CloudAdapter (and TestAdapter in tests): activity -> TurnInput -> turn -> activities.
 * One user's turns and their sending run one after another; it never throws, so the adapter never answers 500
 * for a turn (the user gets an apology instead).
 */
export class TeamsBot {
  private readonly order = new OrderedByKey();

  constructor(private readonly deps: TeamsBotDeps) {}

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
          await this.turn(
            context,
            sessionId(conversationId, userId),
            { kind: 'start', locale },
            locale,
            false,
          );
        }
        return;
      }
      await this.turn(
        context,
        sessionId(conversationId, request.userId),
        request.input,
        locale,
        request.unreadable,
      );
    } catch (error) {
      this.deps.logger.error('teams activity failed', { type: activity?.type, err: error });
    }
  };

  private turn(
    context: TurnContext,
    id: string,
    input: TurnInput,
    locale: Locale,
    unreadable: boolean,
  ): Promise<void> {
    return this.order.run(id, async () => {
      const started = performance.now();
      const view = this.deps.view(locale);
      const log = this.deps.logger.child({ conversation: hashId(id), scope: scopeOf(context.activity) });
      let activities: Partial<Activity>[];
      try {
        const result = await runChannelTurn(this.deps.turns, TEAMS_CHANNEL, id, input);
        const before: Message[] = unreadable ? [view.renderer.message(locale, 'channel.unsupported')] : [];
        activities = toTeamsActivities(result.reply, view, before);
        log.info('turn', {
          channel: TEAMS_CHANNEL,
          input: input.kind,
          turn: result.turn,
          act: result.reply.act,
          outcome: 'ok',
          latencyMs: Math.round(performance.now() - started),
        });
      } catch (error) {
        const transient =
          error instanceof SessionStoreUnavailableError || error instanceof SessionConflictError;
        log[transient ? 'warn' : 'error']('teams turn failed: apologising', {
          input: input.kind,
          err: error,
        });
        activities = [textActivity(view.renderer.message(locale, 'channel.unavailable'))];
      }
      try {
        await context.sendActivities(activities);
      } catch (error) {
        log.error('teams send failed', { err: error });
      }
    });
  }
}
