/**
 * Validation of every query and path parameter the API accepts (zod). Unknown query parameters are
 * rejected too, so a typo ("stanse=") is an error rather than a silently ignored filter.
 */
import { z } from 'zod';
import { SHIFT_KINDS } from '../analyse/index.js';
import { ITEMS, STANCES } from '../core/types.js';

const MAX_TEXT = 200;

const text = z.string().trim().min(1, 'must not be empty').max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`);

const partialDate = z.string().regex(
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
  'must be a date as YYYY, YYYY-MM or YYYY-MM-DD');

const stance = z.enum(STANCES, { error: `must be one of ${STANCES.join(', ')}` });
const item = z.enum(ITEMS, { error: `must be one of ${ITEMS.join(', ')}` });
const language = z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code (ISO 639-1)');

export const documentId = z.string().regex(/^[0-9a-f]{16}$/, 'must be a document id (16 hexadecimal digits)');
export const claimId = z.string().regex(/^[0-9a-f]{16}:\d+-\d+:\d+$/, 'must be a claim id (<document>:<start>-<end>:<n>)');
export const propositionId = z.string().min(1, 'must not be empty').max(MAX_TEXT, 'is too long');

export const claimsQuery = z.strictObject({
  speaker: text.optional(),
  stance: stance.optional(),
  about: text.optional(),
  doc: documentId.optional(),
  proposition: propositionId.optional(),
});
export type ClaimsQuery = z.infer<typeof claimsQuery>;

export const propositionsQuery = z.strictObject({
  q: text.optional(),
  party: text.optional(),
  item: item.optional(),
  stance: stance.optional(),
  language: language.optional(),
  from: partialDate.optional(),
  to: partialDate.optional(),
}).refine(({ from, to }) => !from || !to || from <= to, { message: 'from must not be after to', path: ['from'] });
export type PropositionsQuery = z.infer<typeof propositionsQuery>;

export const shiftsQuery = z.strictObject({
  proposition: propositionId.optional(),
  party: text.optional(),
  kind: z.enum(SHIFT_KINDS, { error: `must be one of ${SHIFT_KINDS.join(', ')}` }).optional(),
});
export type ShiftsQuery = z.infer<typeof shiftsQuery>;

export const searchQuery = z.strictObject({ q: text });

export const emptyQuery = z.strictObject({});

/** One line naming each offending parameter: `stance: must be one of ...; from: must be a date ...`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    const name = issue.path.join('.');
    if (issue.code === 'invalid_type' && issue.input === undefined) return `${name}: is required`;
    return name ? `${name}: ${issue.message}` : issue.message;
  }).join('; ');
}
