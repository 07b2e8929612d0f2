import { CooccurrenceCounts } from '../engine';

/**
 * Gathers, per user, the distinct job types they viewed, then counts users per type and per pair.
 * Memory grows with distinct users × types per user, never with log rows: a user who viewed a thousand
 * café listings is one small array.
 */
export class CoViewAccumulator {
  private readonly typesByUser = new Map<string, number[]>();

  constructor(private readonly typeCount: number) {}

  /** Records that `userId` viewed the given type indices (a listing may carry several). */
  add(userId: string, types: ArrayLike<number>): void {
    let seen = this.typesByUser.get(userId);
    if (!seen) {
      seen = [];
      this.typesByUser.set(userId, seen);
    }
    for (let i = 0; i < types.length; i++) if (!seen.includes(types[i]!)) seen.push(types[i]!);
  }

  get users(): number {
    return this.typesByUser.size;
  }

  counts(): CooccurrenceCounts {
    const counts = new CooccurrenceCounts(this.typeCount);
    for (const types of this.typesByUser.values()) counts.addUser(types);
    return counts;
  }
}
