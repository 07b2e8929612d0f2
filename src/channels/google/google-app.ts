import { createHash } from 'node:crypto';
import { conversation, type ConversationV3, type ConversationV3App } from '@assistant/conversation';
import type { TurnInput } from '../../dialogue/types';
import type { Logger } from '../../logging';
import { ChannelTurnRunner, type ChannelTurnDeps } from '../shared';
import { GOOGLE_HANDLERS, GOOGLE_NO_INPUT_POSTBACK, GOOGLE_PARAMS } from './google-intents';
import { addGoogleReply, sessionParams, type GoogleView } from './google-reply';
import { dialogueLocale, googleTurnInput } from './google-turn-input';

export const GOOGLE_CHANNEL = 'google';

export interface GoogleAppDeps extends ChannelTurnDeps {
  readonly logger: Logger;
  readonly view: GoogleView;
  /** null = requests are not verified (outside production only). */
  readonly projectId: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The conversation key: kept in the session params, first made from Google's session id (hashed). */
function conversationKey(conv: ConversationV3): string {
  const kept = sessionParams(conv)[GOOGLE_PARAMS.conversation];
  if (typeof kept === 'string' && /^[0-9a-f]{64}$/u.test(kept)) return kept;
  const key = createHash('sha256').update(String(conv.session.id)).digest('hex');
  sessionParams(conv)[GOOGLE_PARAMS.conversation] = key;
  return key;
}

function chipsOf(conv: ConversationV3): Record<string, string> {
  const chips = sessionParams(conv)[GOOGLE_PARAMS.chips];
  if (!isRecord(chips)) return {};
  return Object.fromEntries(
    Object.entries(chips).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

function resolvedValues(conv: ConversationV3): string[] {
  return Object.values(conv.intent.params ?? {}).flatMap((param) => {
    const value: unknown = param?.resolved ?? param?.original;
    return typeof value === 'string' && value.trim() !== '' ? [value.trim()] : [];
  });
}

/** The Actions app: three webhook handlers (start, turn, no_input), each one dialogue turn. */
export function createGoogleApp(deps: GoogleAppDeps): ConversationV3App<ConversationV3> {
  const app = conversation(deps.projectId === null ? {} : { verification: { project: deps.projectId } });
  const runner = new ChannelTurnRunner({
    channel: GOOGLE_CHANNEL,
    modality: 'voice',
    turns: deps,
    logger: deps.logger,
    renderer: deps.view.renderer,
  });
  const run = async (
    conv: ConversationV3,
    input: (locale: ReturnType<typeof dialogueLocale>) => TurnInput,
  ) => {
    const locale = dialogueLocale(conv.user.locale || conv.session.languageCode);
    const { reply } = await runner.run({
      conversationId: conversationKey(conv),
      input: input(locale),
      locale,
      logFields: { handler: conv.handler.name },
    });
    addGoogleReply(conv, reply, locale, deps.view);
  };
  app.handle(GOOGLE_HANDLERS.start, (conv) => run(conv, (locale) => ({ kind: 'start', locale })));
  app.handle(GOOGLE_HANDLERS.noInput, (conv) =>
    run(conv, (locale) => ({ kind: 'postback', value: GOOGLE_NO_INPUT_POSTBACK, locale })),
  );
  app.handle(GOOGLE_HANDLERS.turn, (conv) =>
    run(conv, (locale) =>
      googleTurnInput(
        {
          intent: conv.intent.name ?? '',
          query: typeof conv.intent.query === 'string' ? conv.intent.query : '',
          values: resolvedValues(conv),
          chips: chipsOf(conv),
        },
        locale,
      ),
    ),
  );
  return app;
}
