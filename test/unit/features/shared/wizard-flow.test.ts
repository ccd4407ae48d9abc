import { describe, expect, it } from 'vitest';
import {
  CHECK_PAGE,
  firstUnansweredPage,
  nextPageId,
  previousPageId,
  progressOf,
} from '../../../../src/features/shared/wizard/flow';
import { certifiedCopyFlow, type CopyDraft } from '../../../../src/features/certified-copy/flow';
import { certifiedCopyRequest } from '../../domain/procedures/fixtures';

const fresh: CopyDraft = { kind: 'certified-copy' };

describe('wizard flow', () => {
  it('goes page by page, to Check your answers after the last', () => {
    expect(nextPageId(certifiedCopyFlow, 'city', fresh)).toBe('requester');
    expect(nextPageId(certifiedCopyFlow, 'purpose', fresh)).toBe('channel');
    expect(nextPageId(certifiedCopyFlow, 'channel', fresh)).toBe(CHECK_PAGE);
    expect(previousPageId(certifiedCopyFlow, 'city', fresh)).toBeNull();
    expect(previousPageId(certifiedCopyFlow, CHECK_PAGE, fresh)).toBe('channel');
  });

  it('asks for a photo only when the request goes online', () => {
    const online: CopyDraft = { ...fresh, channel: 'online' };
    expect(nextPageId(certifiedCopyFlow, 'channel', online)).toBe('photo');
    expect(previousPageId(certifiedCopyFlow, CHECK_PAGE, online)).toBe('photo');
    expect(progressOf(certifiedCopyFlow, 'photo', online)).toEqual({ step: 8, total: 8 });
    expect(progressOf(certifiedCopyFlow, 'channel', fresh)).toEqual({ step: 7, total: 7 });
  });

  it('finds the first question still unanswered, and none once all are', () => {
    expect(firstUnansweredPage(certifiedCopyFlow, fresh)).toBe('city');
    const noPurpose = { ...certifiedCopyRequest(), purpose: undefined };
    expect(firstUnansweredPage(certifiedCopyFlow, noPurpose)).toBe('purpose');
    expect(firstUnansweredPage(certifiedCopyFlow, certifiedCopyRequest())).toBeNull();
  });
});
