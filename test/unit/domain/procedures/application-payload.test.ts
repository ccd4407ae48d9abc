import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  applicationKinds,
  applicationPayloadSchema,
  reviewApplication,
  validateApplication,
} from '../../../../src/domain';
import {
  certifiedCopyRequest,
  codeChangeRequest,
  moveOutNotice,
  slipReissueRequest,
} from './fixtures';

const fixtures = [
  moveOutNotice(),
  certifiedCopyRequest(),
  codeChangeRequest(),
  slipReissueRequest(),
];

describe('applicationPayloadSchema', () => {
  it('has one schema per kind, in the order of applicationKinds', () => {
    expect(fixtures.map((f) => f.kind)).toEqual([...applicationKinds]);
    for (const fixture of fixtures) {
      expect(applicationPayloadSchema.parse(fixture)).toEqual(fixture);
      expect(validateApplication(fixture)).toEqual([]);
    }
  });

  it('can be written as JSON Schema for the OpenAPI document', () => {
    const schema = z.toJSONSchema(applicationPayloadSchema) as {
      oneOf?: unknown[];
      anyOf?: unknown[];
    };
    expect((schema.oneOf ?? schema.anyOf)?.length).toBe(4);
  });

  it('names an unknown kind', () => {
    expect(validateApplication({ ...moveOutNotice(), kind: 'marriage' })).toEqual([
      { path: ['kind'], reason: 'unknown-kind' },
    ]);
  });

  it('reports the rules of the kind it is given', () => {
    const third = certifiedCopyRequest({
      requester: {
        ...certifiedCopyRequest().requester,
        relationship: 'third-party',
        relationToSubject: '債権者',
        thirdPartyReason: '債権回収のため',
      },
    });
    expect(validateApplication(third)).toEqual([
      { path: ['show', 'residentRecordCode'], reason: 'number-copy-not-for-third-party' },
    ]);
  });
});

describe('reviewApplication', () => {
  it('gives deadlines for a move-out, and the checklist and costs for every kind', () => {
    const [moveOut, copy, change, slip] = fixtures.map((f) =>
      reviewApplication(applicationPayloadSchema.parse(f), { today: '2025-03-20' }),
    );
    expect(moveOut).toMatchObject({
      problems: [],
      enclosures: ['move-out-notice', 'photo-id-copy', 'return-envelope'],
      deadlines: { filingWindow: { earliest: '2025-03-17', latest: '2025-04-14' } },
    });
    expect(copy).toMatchObject({ problems: [], costs: { fee: { totalYen: 600 } } });
    expect(copy).not.toHaveProperty('deadlines');
    expect(change).toMatchObject({ problems: [], enclosures: ['request-form', 'photo-id'] });
    expect(slip).toMatchObject({ problems: [], costs: { fee: { kind: 'unknown' } } });
  });
});
