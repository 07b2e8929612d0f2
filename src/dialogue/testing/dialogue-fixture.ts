import path from 'node:path';
import { createRenderer } from '../../i18n';
import type { Renderer } from '../../i18n';
import { createDialogueContext, type DialogueContext, type DialogueOptions } from '../context';
import { takeTurn } from '../take-turn';
import type { DialogueState } from '../state';
import type { Locale, Reply, TurnInput } from '../types';
import { Engine, type StrategyName } from '../../engine';
import { smallCatalog, smallModel } from './catalog';
import { inOrderStrategy } from './in-order-strategy';

export const LOCALES_DIR = path.join(__dirname, '../../../locales');

let renderer: Renderer | undefined;
export function sharedRenderer(): Renderer {
  renderer ??= createRenderer(LOCALES_DIR);
  return renderer;
}

export type StrategyChoice = StrategyName | 'in-order';

export function smallContext(
  options: Partial<DialogueOptions> = {},
  strategy?: StrategyChoice,
): DialogueContext {
  const catalog = smallCatalog();
  const engine = new Engine(catalog, smallModel());
  return createDialogueContext({
    catalog,
    engine,
    strategy: strategy === 'in-order' ? inOrderStrategy(catalog) : strategy,
    renderer: sharedRenderer(),
    options,
  });
}

/** A conversation driven turn by turn, keeping the state as a session store would: through JSON. */
export class Conversation {
  state: unknown = undefined;
  readonly replies: Reply[] = [];

  constructor(
    readonly ctx: DialogueContext,
    readonly locale?: Locale,
  ) {}

  send(input: TurnInput): Reply {
    const withLocale =
      this.locale && !input.locale ? ({ ...input, locale: this.locale } as TurnInput) : input;
    const { state, reply } = takeTurn(this.ctx, this.state, withLocale);
    this.state = JSON.parse(JSON.stringify(state)) as DialogueState;
    this.replies.push(reply);
    return reply;
  }

  start(): Reply {
    return this.send({ kind: 'start' });
  }

  say(text: string): Reply {
    return this.send({ kind: 'text', text });
  }

  tap(value: string): Reply {
    return this.send({ kind: 'postback', value });
  }

  get last(): Reply {
    return this.replies.at(-1)!;
  }

  get current(): DialogueState {
    return this.state as DialogueState;
  }
}

/** All the text of a reply, for loose assertions. */
export const textOf = (reply: Reply): string => reply.messages.map((m) => m.text).join('\n');
export const speechOf = (reply: Reply): string => reply.messages.map((m) => m.speech).join(' ');
