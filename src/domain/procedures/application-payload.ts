import { z } from '../zod';
import type { MoveOutDeadlines } from './move-out/deadlines';
import {
  certifiedCopyCosts,
  certifiedCopyEnclosures,
  certifiedCopyRuleProblems,
  certifiedCopyWarnings,
} from './certified-copy/rules';
import { certifiedCopyRequestSchema } from './certified-copy/schema';
import {
  codeChangeCosts,
  codeChangeEnclosures,
  codeChangeRuleProblems,
  codeChangeWarnings,
} from './code-change/rules';
import { codeChangeRequestSchema } from './code-change/schema';
import type { Costs } from './common/costs';
import type { Enclosure } from './common/enclosures';
import type { ReviewOptions } from './common/options';
import type { Problem, Warning } from './common/problem';
import { parseWithProblems } from './common/zod-problems';
import { moveOutCosts, moveOutEnclosures } from './move-out/outputs';
import { moveOutNoticeDeadlines, moveOutRuleProblems, moveOutWarnings } from './move-out/rules';
import { moveOutNoticeSchema } from './move-out/schema';
import {
  slipReissueCosts,
  slipReissueEnclosures,
  slipReissueRuleProblems,
  slipReissueWarnings,
} from './slip-reissue/rules';
import { slipReissueRequestSchema } from './slip-reissue/schema';

/** Any application, told apart by `kind`: the draft store, the sealed payload and the server use it. */
export const applicationPayloadSchema = z.discriminatedUnion('kind', [
  moveOutNoticeSchema,
  certifiedCopyRequestSchema,
  codeChangeRequestSchema,
  slipReissueRequestSchema,
]);

export type ApplicationPayload = z.infer<typeof applicationPayloadSchema>;
export type PayloadOf<K extends ApplicationPayload['kind']> = Extract<
  ApplicationPayload,
  { kind: K }
>;

/**
 * A draft: the answers so far. Each top-level answer that is there is whole and well-formed
 * (a wizard page saves whole answers); the ones not asked yet are missing.
 */
export const draftPayloadSchema = z.discriminatedUnion('kind', [
  moveOutNoticeSchema.partial().required({ kind: true }),
  certifiedCopyRequestSchema.partial().required({ kind: true }),
  codeChangeRequestSchema.partial().required({ kind: true }),
  slipReissueRequestSchema.partial().required({ kind: true }),
]);

export type DraftPayload = z.infer<typeof draftPayloadSchema>;
export type DraftOf<K extends ApplicationPayload['kind']> = Extract<DraftPayload, { kind: K }>;

/**
 * A draft as the wizard can go on with it: answers that no longer fit the schema (a draft saved
 * by an older version of the app) are dropped, so their questions are asked again.
 */
export function salvageDraft(input: DraftPayload): DraftPayload {
  const problems = validateDraft(input);
  if (problems.length === 0) return input;
  const broken = new Set(problems.map((problem) => problem.path[0]));
  const kept = Object.entries(input).filter(([key]) => key === 'kind' || !broken.has(key));
  return Object.fromEntries(kept) as DraftPayload;
}

/** Problems with the answers given so far (the missing ones are not problems yet). */
export function validateDraft(input: unknown): Problem[] {
  const parsed = parseWithProblems(draftPayloadSchema, input);
  return parsed.ok ? [] : parsed.problems;
}

/** Everything the "check your answers" step needs about a well-formed application. */
export interface ApplicationReview {
  problems: Problem[];
  warnings: Warning[];
  enclosures: Enclosure[];
  costs: Costs;
  /** Move-out notices only. */
  deadlines?: MoveOutDeadlines;
}

export function reviewApplication(
  payload: ApplicationPayload,
  options: ReviewOptions = {},
): ApplicationReview {
  switch (payload.kind) {
    case 'move-out':
      return {
        problems: moveOutRuleProblems(payload, options),
        warnings: moveOutWarnings(payload, options),
        enclosures: moveOutEnclosures(payload),
        costs: moveOutCosts(payload, options),
        deadlines: moveOutNoticeDeadlines(payload, options),
      };
    case 'certified-copy':
      return {
        problems: certifiedCopyRuleProblems(payload, options),
        warnings: certifiedCopyWarnings(payload, options),
        enclosures: certifiedCopyEnclosures(payload, options),
        costs: certifiedCopyCosts(payload, options),
      };
    case 'code-change':
      return {
        problems: codeChangeRuleProblems(payload, options),
        warnings: codeChangeWarnings(payload, options),
        enclosures: codeChangeEnclosures(payload, options),
        costs: codeChangeCosts(payload, options),
      };
    case 'slip-reissue':
      return {
        problems: slipReissueRuleProblems(payload, options),
        warnings: slipReissueWarnings(payload, options),
        enclosures: slipReissueEnclosures(payload, options),
        costs: slipReissueCosts(payload, options),
      };
  }
}

/** Every problem with any application (unknown `kind` included). [] when fine. */
export function validateApplication(input: unknown, options: ReviewOptions = {}): Problem[] {
  const parsed = parseWithProblems(applicationPayloadSchema, input);
  return parsed.ok ? reviewApplication(parsed.data, options).problems : parsed.problems;
}
