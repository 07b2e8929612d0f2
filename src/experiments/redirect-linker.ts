import type { Arms } from './experiment-tap';
import { stampFor } from './experiment-tap';
import { signLink } from './redirect-token';

/** The path job links go through; `:token` is a signed LinkClaims. */
export const REDIRECT_PATH = '/r';

/** Which conversation a link is shown in: the channel and the id its turns run under (the user key). */
export interface LinkContext {
  readonly channel: string;
  readonly conversationId: string;
}

export interface RedirectLinkerOptions {
  /** Origin the service answers on (PUBLIC_BASE_URL), without a trailing slash. */
  readonly baseUrl: string;
  /** The first signs (LINK_SECRET). */
  readonly secrets: readonly string[];
  readonly ttlSeconds: number;
  readonly arms: Arms;
  readonly now?: () => Date;
}

/**
 * Job links through `GET /r/:token`: `link(listing, context)` gives the URL a channel shows instead of the job's
 * own, naming the job, the conversation (hashed) and its experiment arm, valid for `ttlSeconds`.
 */
export function createRedirectLinker(
  options: RedirectLinkerOptions,
): (listing: { readonly id: string }, context: LinkContext) => string {
  const now = options.now ?? (() => new Date());
  const secret = options.secrets[0];
  if (secret === undefined) throw new Error('createRedirectLinker needs a secret');
  return (listing, context) => {
    const at = now();
    const stamp = stampFor(
      context.channel,
      context.conversationId,
      options.arms.armOf(context.conversationId),
      at,
    );
    const token = signLink(
      {
        listing: listing.id,
        user: stamp.user,
        conversation: stamp.conversation,
        channel: context.channel,
        experiment: stamp.experiment,
        variant: stamp.variant,
        expires: Math.floor(at.getTime() / 1000) + options.ttlSeconds,
      },
      secret,
    );
    return `${options.baseUrl}${REDIRECT_PATH}/${token}`;
  };
}
