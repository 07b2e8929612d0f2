/**
 * A user's saved jobs (「お気に入り」), kept across conversations: listing ids, newest first, under the same user
 * key the sessions use (`soudan:<env>:saved:<channel>:<id>`), with their own lifetime, renewed by every change.
 * Implementations turn transport failures into SessionStoreUnavailableError, as the session stores do.
 */
export interface SavedJobsStore {
  /** Newest first; empty when the user saved nothing (or it expired). */
  list(userKey: string): Promise<readonly string[]>;
  /** Saves one (again: it moves to the front). Over MAX_SAVED_JOBS, the oldest go. */
  add(userKey: string, listingId: string): Promise<void>;
  /** Takes one off; nothing happens when it was not there. */
  remove(userKey: string, listingId: string): Promise<void>;
  /** Forgets them all (the user left: LINE's unfollow). */
  clear(userKey: string): Promise<void>;
  close(): Promise<void>;
}

/** How many saved jobs one user keeps: a list anyone can read through, and a bound on what one key holds. */
export const MAX_SAVED_JOBS = 50;
