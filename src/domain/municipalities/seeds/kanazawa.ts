import { knownFact, unknownFact } from '../fact';
import type { Municipality } from '../municipality';
import { feesWith, forEveryKind } from './seed-helpers';

const SOURCE = 'seeds/000 (Kanazawa, 住民基本台帳ネットワーク, English)';

const office = knownFact(
  {
    name: { ja: '市民課', en: 'Community Service Division' },
    postalAddress: unknownFact,
    phone: knownFact('076-220-2241', SOURCE),
    hours: unknownFact,
  },
  SOURCE,
);

export const kanazawa: Municipality = {
  code: '172014',
  name: { ja: '金沢市', kana: 'かなざわし', en: 'Kanazawa City' },
  prefecture: { code: '17', ja: '石川県', en: 'Ishikawa' },
  offices: forEveryKind(office),
  // The seed states ¥300 a copy for a wide-area copy asked for at Kanazawa's counter.
  feesYen: feesWith(knownFact(300, SOURCE)),
  acceptedByMail: {
    ...forEveryKind(unknownFact),
    // "filling out, and mailing matter which is necessary for notice of the change of address"
    // — said of card holders (特例転出); nothing says other residents may not mail it.
    'move-out': knownFact(true, SOURCE),
  },
  acceptedOnline: unknownFact,
  mailPayment: unknownFact,
  moveOutWindow: unknownFact,
  numberBearingCopyForProxy: unknownFact,
  codeChangeRequesters: unknownFact,
  wideAreaIssuance: knownFact({ feeYen: 300 }, SOURCE),
  slipMailings: knownFact([{ residents: 'all', when: '2002-08' }], SOURCE),
  guideLanguages: unknownFact,
};
