import type { TurnInput } from '../../dialogue/types';
import { hashId, type Logger } from '../../logging';
import { sessionKey } from '../../session';
import { ChannelTurnRunner, OrderedByKey, type ChannelTurnDeps, type SkippedEventReason } from '../shared';
import { claimEvent, dedupId } from './event-dedup';
import { claimTtlSeconds, judgeFreshness } from './event-freshness';
import type { LineEvent } from './line-events';
import { toLineMessages, type LineView } from './line-messages';
import { savedJobsKey } from '../../saved';
import type { LineSender } from './line-sender';

export const LINE_CHANNEL = 'line';

export interface LineEventHandlerDeps {
  readonly turns: ChannelTurnDeps;
  readonly logger: Logger;
  readonly sender: LineSender;
  readonly view: LineView;
  /** Events stamped longer ago than this run no turn (LINE_EVENT_MAX_AGE_SECONDS). */
  readonly maxEventAgeSeconds: number;
  /** Milliseconds clock the event timestamps are judged by. Default: Date.now. */
  readonly now?: () => number;
}

type Actionable = Exclude<LineEvent, { kind: 'malformed' } | { kind: 'ignored' }>;

/**
 * One webhook event at a time per user (freshness, claim, turn, answer), any number of users at once. Never
 * throws: a failed event is logged and, where the user is waiting for an answer, apologised for. A signed event
 * that is too old, stamped in the future or already handled is skipped with a log line and a metric: a replayed
 * body runs no turn.
 */
export class LineEventHandler {
  private readonly order = new OrderedByKey();
  private readonly runner: ChannelTurnRunner;

  constructor(private readonly deps: LineEventHandlerDeps) {
    this.runner = new ChannelTurnRunner({
      channel: LINE_CHANNEL,
      modality: 'text',
      turns: deps.turns,
      logger: deps.logger,
      renderer: deps.view.renderer,
    });
  }

  /** Events of one webhook body: each user's in the order given, different users concurrently. */
  async handleAll(events: readonly LineEvent[]): Promise<void> {
    const byUser = new Map<string, Actionable[]>();
    for (const event of events) {
      if (event.kind === 'malformed') {
        this.deps.logger.warn('line event malformed: acknowledged and dropped', {
          why: event.why,
          event: event.webhookEventId ?? undefined,
        });
      } else if (event.kind === 'ignored') {
        this.deps.logger.debug('line event ignored', { type: event.type, why: event.why });
      } else {
        const userId = event.meta.userId!;
        byUser.set(userId, [...(byUser.get(userId) ?? []), event]);
      }
    }
    await Promise.all(
      [...byUser].map(([userId, list]) =>
        this.order.run(userId, async () => {
          for (const event of list) await this.handle(event, userId);
        }),
      ),
    );
  }

  private async handle(event: Actionable, userId: string): Promise<void> {
    const log = this.deps.logger.child({
      user: hashId(userId),
      event: event.meta.webhookEventId ?? undefined,
    });
    try {
      const freshness = judgeFreshness(
        event.meta.timestamp,
        (this.deps.now ?? Date.now)(),
        this.deps.maxEventAgeSeconds,
      );
      if (!freshness.fresh) {
        this.skipped(log, event, freshness.reason, { ageSeconds: freshness.ageSeconds ?? undefined });
        return;
      }
      if (!(await this.claim(event, log))) return;
      if (event.kind === 'unfollow') {
        await this.deps.turns.store.delete(sessionKey(this.deps.turns.namespace, LINE_CHANNEL, userId));
        // Someone who blocked the account asked for nothing more to be kept: their saved jobs go too.
        await this.deps.turns.saved?.clear(savedJobsKey(this.deps.turns.namespace, LINE_CHANNEL, userId));
        log.info('line session deleted on unfollow');
        return;
      }
      const { reply } = await this.runner.run({
        conversationId: userId,
        input: toInput(event),
        locale: this.deps.view.locale,
        logFields: {
          event: event.meta.webhookEventId ?? undefined,
          redelivery: event.meta.redelivery || undefined,
        },
      });
      const messages = toLineMessages(reply, this.deps.view);
      await this.deps.sender.send({ replyToken: event.meta.replyToken, userId }, messages);
    } catch (error) {
      log.error('line event failed', { type: event.kind, err: error });
    }
  }

  /** False for a redelivery or replay already handled. A store that cannot answer lets the event through. */
  private async claim(event: Actionable, log: Logger): Promise<boolean> {
    const { turns } = this.deps;
    try {
      const ttl = claimTtlSeconds(this.deps.maxEventAgeSeconds);
      if (await claimEvent(turns.store, turns.namespace, dedupId(event.meta), ttl)) return true;
      this.skipped(log, event, 'duplicate', {});
      return false;
    } catch (error) {
      log.warn('line event claim failed: handling it anyway', { err: error });
      return true;
    }
  }

  private skipped(
    log: Logger,
    event: Actionable,
    reason: SkippedEventReason,
    fields: { ageSeconds?: number },
  ): void {
    // A duplicate is LINE doing its job (a redelivery); a late or future event is worth a look.
    log[reason === 'duplicate' ? 'info' : 'warn']('line event skipped', {
      reason,
      type: event.kind,
      ...fields,
      maxAgeSeconds: this.deps.maxEventAgeSeconds,
      redelivery: event.meta.redelivery,
      hasEventId: event.meta.webhookEventId !== null,
    });
    this.deps.turns.observer?.eventSkipped(LINE_CHANNEL, reason);
  }
}

function toInput(event: Exclude<Actionable, { kind: 'unfollow' }>): TurnInput {
  switch (event.kind) {
    case 'follow':
      return { kind: 'start' };
    case 'text':
      return { kind: 'text', text: event.text };
    case 'location':
      return { kind: 'location', lat: event.lat, lng: event.lng };
    case 'postback':
      return { kind: 'postback', value: event.data };
    case 'unreadable':
      return { kind: 'unsupported', what: 'media' };
  }
}
