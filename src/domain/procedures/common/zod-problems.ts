import type { z } from 'zod';
import { asShapeReason, type Problem, type ProblemReason } from './problem';

type Issue = z.core.$ZodIssue;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function sizeReason(issue: Issue & { origin: string }, small: boolean): ProblemReason {
  if (issue.origin === 'string') return small ? 'too-short' : 'too-long';
  if (issue.origin === 'array') return small ? 'too-few' : 'too-many';
  return small ? 'too-small' : 'too-large';
}

function reasonFor(issue: Issue, input: unknown): ProblemReason {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return 'not-integer';
      return valueAt(input, issue.path) === undefined ? 'required' : 'invalid-type';
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'empty';
      return sizeReason(issue, true);
    case 'too_big':
      return sizeReason(issue, false);
    case 'invalid_value':
      return 'not-allowed-value';
    case 'invalid_union':
      return 'unknown-kind';
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'custom':
      return asShapeReason(issue.message);
    default:
      return 'format';
  }
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

/** zod issues as named problems. zod's own messages are dropped: they may quote the input. */
export function problemsFromIssues(issues: readonly Issue[], input: unknown): Problem[] {
  return issues.map((issue) => ({ path: toPath(issue.path), reason: reasonFor(issue, input) }));
}

/** Parses with the schema; returns the data, or the problems when the shape is wrong. */
export function parseWithProblems<T>(
  schema: z.ZodType<T>,
  input: unknown,
): { ok: true; data: T } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: problemsFromIssues(result.error.issues, input) };
}
