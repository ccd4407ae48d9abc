import { describe, expect, it } from 'vitest';
import { loadPostcodeLookup } from '../../../../src/domain';
import { municipalityCodeForPostcode } from '../../../../src/domain/municipalities/postcode-lookup';

describe('municipalityCodeForPostcode', () => {
  it.each([
    ['100-0001', ['131016']],
    ['１０４－００６１', ['131024']],
    ['060-0000', ['011011']],
  ])('%s is in %j', (postcode, municipalityCodes) => {
    expect(municipalityCodeForPostcode(postcode)).toEqual({ ok: true, municipalityCodes });
  });

  it('does not know postcodes given to a single large office', () => {
    expect(municipalityCodeForPostcode('112-8555')).toEqual({
      ok: false,
      error: 'unknown-postcode',
    });
  });

  it('refuses what is not a postcode', () => {
    expect(municipalityCodeForPostcode('112-85')).toEqual({ ok: false, error: 'invalid-postcode' });
  });

  it('is reachable lazily through the domain index', async () => {
    const lookup = await loadPostcodeLookup();
    expect(lookup.municipalityCodeForPostcode('1000001')).toMatchObject({ ok: true });
  });
});
