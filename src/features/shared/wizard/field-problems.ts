import { parseWithProblems, type Problem, type ProblemReason } from '../../../domain';
import type { z } from 'zod';

/** A problem at one field of a page: `field` is the answer's path joined with dots. */
export interface FieldProblem {
  field: string;
  reason: ProblemReason;
}

export type PageResult<T> = { ok: true; answers: T } | { ok: false; problems: FieldProblem[] };

export const fieldOf = (path: readonly (string | number)[]) => path.join('.');

/** The id of a field's input, for labels and the error summary's links. */
export const inputId = (field: string) => `field-${field.replace(/\./g, '-')}`;

export function toFieldProblems(problems: readonly Problem[], prefix: string[] = []) {
  return problems.map((problem) => ({
    field: fieldOf([...prefix, ...problem.path]),
    reason: problem.reason,
  }));
}

/** Parses one page's answers with the domain's schema for them. */
export function parsePage<T>(
  schema: z.ZodType<T>,
  input: unknown,
  prefix: string[] = [],
): PageResult<T> {
  const parsed = parseWithProblems(schema, input);
  return parsed.ok
    ? { ok: true, answers: parsed.data }
    : { ok: false, problems: toFieldProblems(parsed.problems, prefix) };
}

/** Text typed into a field: trimmed, and missing when left empty. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
