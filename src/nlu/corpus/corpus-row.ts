import { z } from 'zod';
import { COMMANDS } from '../command-phrases';

const AREA = z.object({ prefecture: z.string().min(1), municipality: z.string().min(1).optional() }).strict();
const RANGE = z
  .object({ min: z.number().int().positive().optional(), max: z.number().int().positive().optional() })
  .strict();
const MENTION = z.object({ id: z.string().min(1), polarity: z.enum(['positive', 'negative']) }).strict();

export const CORPUS_CATEGORIES = [
  'answers',
  'commands',
  'jobTypes',
  'conditions',
  'areas',
  'negation',
  'numbers',
] as const;
export type CorpusCategory = (typeof CORPUS_CATEGORIES)[number];

/** One labelled utterance (format: test/corpus/understanding/README.md). */
export const CORPUS_ROW = z
  .object({
    id: z.string().min(1),
    category: z.enum(CORPUS_CATEGORIES),
    context: z.enum(['area', 'work', 'yesno', 'offer', 'results']),
    question: z.string().optional(),
    text: z.string(),
    locale: z.enum(['ja', 'en']),
    expect: z
      .object({
        command: z.enum(COMMANDS as [string, ...string[]]).nullable(),
        answer: z.enum(['yes', 'probablyYes', 'dontKnow', 'probablyNo', 'no']).nullable(),
        jobTypes: z.array(MENTION),
        conditions: z.array(MENTION),
        areas: z.array(z.union([AREA, z.object({ ambiguous: z.array(AREA).min(2) }).strict()])),
        numbers: z
          .object({
            wageMin: z
              .object({ amount: z.number().positive(), per: z.enum(['hour', 'day', 'month']) })
              .strict()
              .optional(),
            daysPerWeek: RANGE.optional(),
            hoursPerDay: RANGE.optional(),
            timeOfDay: z
              .object({
                from: z
                  .string()
                  .regex(/^\d\d:\d\d$/u)
                  .optional(),
                to: z
                  .string()
                  .regex(/^\d\d:\d\d$/u)
                  .optional(),
              })
              .strict()
              .optional(),
          })
          .strict(),
      })
      .strict(),
  })
  .strict();

export type CorpusRow = z.infer<typeof CORPUS_ROW>;
export type ExpectedArea = CorpusRow['expect']['areas'][number];
