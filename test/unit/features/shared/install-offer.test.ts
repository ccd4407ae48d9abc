import { describe, expect, it } from 'vitest';
import {
  installOfferFor,
  isIosSafari,
} from '../../../../src/features/shared/install/install-prompt';

const iPhoneSafari =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
const iPhoneChrome =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.0.0 Mobile/15E148 Safari/604.1';
const iPadSafari =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
const androidChrome =
  'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

describe('which install offer shows', () => {
  it('shows nothing once installed, whatever else is true', () => {
    expect(installOfferFor({ standalone: true, hasPrompt: true, iosSafari: true })).toBe('none');
  });

  it("offers the browser's prompt when there is one, the iOS hint on Safari, else nothing", () => {
    expect(installOfferFor({ standalone: false, hasPrompt: true, iosSafari: false })).toBe(
      'prompt',
    );
    expect(installOfferFor({ standalone: false, hasPrompt: false, iosSafari: true })).toBe(
      'ios-hint',
    );
    expect(installOfferFor({ standalone: false, hasPrompt: false, iosSafari: false })).toBe('none');
  });

  it('knows Safari on iPhone and iPad from other iOS browsers and from a Mac', () => {
    expect(isIosSafari(iPhoneSafari, 5)).toBe(true);
    expect(isIosSafari(iPadSafari, 5)).toBe(true);
    expect(isIosSafari(iPadSafari, 0)).toBe(false); // a Mac
    expect(isIosSafari(iPhoneChrome, 5)).toBe(false);
    expect(isIosSafari(androidChrome, 5)).toBe(false);
  });
});
