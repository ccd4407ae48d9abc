import { unknownFact } from './fact';
import type { Municipality } from './municipality';
import { feesWith, forEveryKind } from './seeds/seed-helpers';

/**
 * A municipality known only from the national list: its code and names, every other fact
 * unknown (the move-out notice is free everywhere). English names are not in the list, so the
 * romanised name is left to the caller; the Japanese name stands in.
 */
export function municipalityWithUnknownFacts(listing: {
  code: string;
  name: string;
  kana: string;
  prefecture: { code: string; name: string };
}): Municipality {
  return {
    code: listing.code,
    name: { ja: listing.name, kana: listing.kana, en: listing.name },
    prefecture: {
      code: listing.prefecture.code,
      ja: listing.prefecture.name,
      en: listing.prefecture.name,
    },
    offices: forEveryKind(unknownFact),
    feesYen: feesWith(unknownFact),
    acceptedByMail: forEveryKind(unknownFact),
    acceptedOnline: unknownFact,
    mailPayment: unknownFact,
    moveOutWindow: unknownFact,
    numberBearingCopyForProxy: unknownFact,
    codeChangeRequesters: unknownFact,
    wideAreaIssuance: unknownFact,
    slipMailings: unknownFact,
    guideLanguages: unknownFact,
  };
}
