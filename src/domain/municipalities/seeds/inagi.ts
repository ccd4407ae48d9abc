import { knownFact, unknownFact } from '../fact';
import type { Municipality } from '../municipality';
import { feesWith, forEveryKind } from './seed-helpers';

const SOURCE = 'seeds/001 (Inagi, Basic Resident Register Network for foreign residents, English)';

const office = knownFact(
  {
    name: { ja: '市民課', en: 'Citizens Division' },
    postalAddress: unknownFact,
    phone: knownFact('042-378-2111', SOURCE),
    hours: unknownFact,
  },
  SOURCE,
);

export const inagi: Municipality = {
  code: '132250',
  name: { ja: '稲城市', kana: 'いなぎし', en: 'Inagi City' },
  prefecture: { code: '13', ja: '東京都', en: 'Tokyo' },
  offices: forEveryKind(office),
  feesYen: feesWith(unknownFact),
  acceptedByMail: forEveryKind(unknownFact),
  acceptedOnline: unknownFact,
  mailPayment: unknownFact,
  moveOutWindow: unknownFact,
  numberBearingCopyForProxy: unknownFact,
  codeChangeRequesters: unknownFact,
  wideAreaIssuance: unknownFact,
  // Foreign residents' records carry a code from the start of operation, 2013-07-08.
  slipMailings: knownFact([{ residents: 'foreign', when: '2013-07-08' }], SOURCE),
  guideLanguages: knownFact(['en', 'ko', 'zh-Hans', 'zh-Hant', 'es', 'pt'], SOURCE),
};
