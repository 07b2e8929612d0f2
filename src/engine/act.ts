/** What a strategy does on its turn: ask about one job type, ask about one condition, or show listings. */
export type Act =
  | { readonly kind: 'askJobType'; readonly id: string }
  | { readonly kind: 'askCondition'; readonly id: string }
  | { readonly kind: 'recommend'; readonly listingIds: readonly string[] };
