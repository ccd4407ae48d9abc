import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { asShapeReason } from '../../../../src/domain/procedures/common/problem';
import { problemsFromIssues } from '../../../../src/domain/procedures/common/zod-problems';

const problemsOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : problemsFromIssues(result.error.issues, input);
};

describe('zod issues as named problems', () => {
  it.each([
    ['unknown-field', z.strictObject({ a: z.string() }), { a: 'x', b: 1 }],
    ['unknown-kind', z.union([z.string(), z.number()]), true],
    ['format', z.string().regex(/^a$/), 'b'],
    ['format', z.string().refine(() => false, { message: 'free text that is not a reason' }), 'b'],
    ['too-short', z.string().min(3), 'ab'],
    ['too-long', z.string().max(1), 'ab'],
    ['invalid-type', z.object({ n: z.number() }), { n: null }],
  ])('%s', (reason, schema, input) => {
    expect(problemsOf(schema, input).map((p) => p.reason)).toEqual([reason]);
  });

  it('keeps only reasons from the list in custom messages', () => {
    expect(asShapeReason('invalid-date')).toBe('invalid-date');
    expect(asShapeReason('Invalid date: 2024-02-30')).toBe('format');
  });

  it('turns symbol keys in paths into strings', () => {
    const key = Symbol('k');
    const problems = problemsFromIssues(
      [{ code: 'custom', path: [key, 0], message: 'empty', input: undefined }],
      {},
    );
    expect(problems).toEqual([{ path: ['Symbol(k)', 0], reason: 'empty' }]);
  });
});
