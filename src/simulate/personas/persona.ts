import { z } from 'zod';

const IDS = z.array(z.string().min(1));
const AREA = z.object({ prefecture: z.string().min(1), municipality: z.string().min(1).optional() }).strict();

/** A persona conversation, written by someone who never read the dialogue (test/personas/README.md). */
export const PERSONA = z
  .object({
    id: z.string().min(1),
    persona: z.string().min(1),
    channel: z.enum(['web', 'line', 'teams', 'alexa', 'google']),
    opening: z.string(),
    areaAnswer: z.string(),
    workAnswer: z.string(),
    likes: z.object({ jobTypes: IDS, conditions: IDS }).strict(),
    dislikes: z.object({ jobTypes: IDS, conditions: IDS }).strict(),
    phrases: z
      .object({
        yes: z.array(z.string()).min(1),
        no: z.array(z.string()).min(1),
        dontKnow: z.array(z.string()).min(1),
      })
      .strict(),
    constraints: z
      .object({
        area: AREA.optional(),
        wantedJobTypes: IDS,
        refusedJobTypes: IDS,
        requiredConditions: IDS,
        refusedConditions: IDS,
        wageMin: z
          .object({ amount: z.number().positive(), per: z.enum(['hour', 'day', 'month']) })
          .strict()
          .optional(),
      })
      .strict(),
  })
  .strict();

export type Persona = z.infer<typeof PERSONA>;
export type PersonaConstraints = Persona['constraints'];
