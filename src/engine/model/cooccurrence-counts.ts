/**
 * Co-view counts over job types: n users, c_i users who viewed type i, c_ij users who viewed both i and j.
 * Dense and symmetric: at 1,000 types that is 8 MB, and it makes every lookup one multiply-add.
 */
export class CooccurrenceCounts {
  readonly typeCount: number;
  users = 0;
  readonly typeUsers: Float64Array;
  readonly pairUsers: Float64Array;

  constructor(typeCount: number) {
    this.typeCount = typeCount;
    this.typeUsers = new Float64Array(typeCount);
    this.pairUsers = new Float64Array(typeCount * typeCount);
  }

  /** Adds one user who viewed the given distinct type indices. */
  addUser(types: ArrayLike<number>): void {
    this.users++;
    const t = this.typeCount;
    for (let a = 0; a < types.length; a++) {
      const i = types[a]!;
      this.typeUsers[i]!++;
      for (let b = a + 1; b < types.length; b++) {
        const j = types[b]!;
        this.pairUsers[i * t + j]!++;
        this.pairUsers[j * t + i]!++;
      }
    }
  }

  pair(i: number, j: number): number {
    return this.pairUsers[i * this.typeCount + j]!;
  }
}
