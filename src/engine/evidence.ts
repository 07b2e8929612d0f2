import type { AnswerLevel } from './answer';

export type AttributeKind = 'jobType' | 'condition';

/** One thing the user told us about an attribute: an answer to our question, or a fact they volunteered. */
export interface AttributeAnswer {
  readonly kind: AttributeKind;
  readonly id: string;
  readonly level: AnswerLevel;
  /** True when the user said it unasked (「日払いがいい」); both count as evidence. */
  readonly volunteered?: boolean;
}

/** Everything a strategy decides from. Small and JSON-friendly: it lives in the session state. */
export interface Evidence {
  readonly answers: readonly AttributeAnswer[];
  /** Listings already shown and rejected: never shown again. */
  readonly rejectedListingIds: readonly string[];
  /**
   * Attributes an answer already settled without the user saying anything about them (経験者歓迎 once 未経験OK
   * was a yes): never asked, and no evidence either way.
   */
  readonly settled?: readonly { readonly kind: AttributeKind; readonly id: string }[];
  readonly area?: { readonly prefecture: string; readonly municipality?: string };
}
