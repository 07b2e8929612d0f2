import autocannon from 'autocannon';

/** One autocannon run, summarised. Latencies in milliseconds. */
export interface LoadSummary {
  name: string;
  durationSeconds: number;
  connections: number;
  /** Fixed request rate asked for, or null for as-fast-as-possible. */
  targetRate: number | null;
  requests: number;
  /** Successful (2xx) requests per second. */
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Non-2xx answers plus connection errors and timeouts. */
  errors: number;
  non2xx: number;
}

interface Conversation {
  id: string;
  next: Record<string, unknown>;
  turns: number;
}

/** A conversation ends after this many turns even if the dialogue goes on (rejecting results forever). */
const MAX_TURNS = 20;

/**
 * The simulated users: a queue of conversations waiting for their next turn. A request takes the front one; its
 * response puts it (or, once done, a new one) at the back. With many more conversations than connections, every
 * request is a turn of one of many live conversations, as in production.
 *
 * autocannon clears a connection's context after every request, so the context only carries a conversation from
 * setupRequest to its onResponse; everything longer-lived is here.
 */
export class ConversationPool {
  private readonly waiting: Conversation[] = [];
  private created = 0;

  constructor(
    private readonly prefix: string,
    live: number,
  ) {
    for (let i = 0; i < live; i++) this.waiting.push(this.fresh());
  }

  /** Conversations started so far. */
  get started(): number {
    return this.created;
  }

  take(): Conversation {
    return this.waiting.shift() ?? this.fresh();
  }

  /** Puts a conversation back after a reply: answered with one of the reply's suggestions, or replaced. */
  answered(conversation: Conversation, status: number, body: string): void {
    conversation.turns++;
    let reply: { suggestions?: { postback: string }[]; done?: boolean } = {};
    if (status === 200) {
      try {
        reply = JSON.parse(body) as typeof reply;
      } catch {
        reply = {};
      }
    }
    const suggestions = reply.suggestions ?? [];
    if (
      status !== 200 ||
      reply.done === true ||
      suggestions.length === 0 ||
      conversation.turns >= MAX_TURNS
    ) {
      this.waiting.push(this.fresh());
      return;
    }
    // Mostly the first suggestion, sometimes the last: varied but reproducible paths.
    const pick = (conversation.turns * 7 + this.created) % 3 === 0 ? suggestions.length - 1 : 0;
    conversation.next = { postback: suggestions[pick]!.postback };
    this.waiting.push(conversation);
  }

  /** For the floor: the conversation goes straight back. */
  recycle(conversation: Conversation): void {
    this.waiting.push(conversation);
  }

  private fresh(): Conversation {
    this.created++;
    return { id: `${this.prefix}-${this.created}`, next: { event: 'start' }, turns: 0 };
  }
}

interface RequestContext {
  conversation?: Conversation;
}

/**
 * Each request is the next turn of the conversation at the front of the pool. The pool names its conversations,
 * so the requests carry the server's QA token (WEB_QA_TOKEN).
 */
export function turnRequests(path: string, pool: ConversationPool, qaToken: string): autocannon.Request[] {
  return [
    {
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${qaToken}` },
      setupRequest: (request, raw) => {
        const conversation = pool.take();
        (raw as RequestContext).conversation = conversation;
        return {
          ...request,
          body: JSON.stringify({ conversationId: conversation.id, ...conversation.next }),
        };
      },
      onResponse: (status, body, raw) => {
        const conversation = (raw as RequestContext).conversation;
        if (conversation !== undefined) pool.answered(conversation, status, body);
      },
    },
  ];
}

/** Floor requests: the same kind of ids and body, one Redis GET + SET each. */
export function floorRequests(path: string, pool: ConversationPool): autocannon.Request[] {
  return [
    {
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json' },
      setupRequest: (request) => {
        const conversation = pool.take();
        pool.recycle(conversation);
        return { ...request, body: JSON.stringify({ conversationId: conversation.id, postback: 'yes' }) };
      },
    },
  ];
}

/** As fast as the server answers: each connection sends its next request when the previous one is answered. */
export async function runLoad(options: {
  name: string;
  url: string;
  requests: autocannon.Request[];
  durationSeconds: number;
  connections: number;
}): Promise<LoadSummary> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: options.requests,
    timeout: 10,
    initialContext: {},
  });
  return {
    name: options.name,
    durationSeconds: result.duration,
    connections: options.connections,
    targetRate: null,
    requests: result['2xx'] + result.non2xx,
    requestsPerSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.non2xx + result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
