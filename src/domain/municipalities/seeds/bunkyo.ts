import { knownFact, unknownFact } from '../fact';
import type { Municipality } from '../municipality';
import { feesWith, forEveryKind, weekdaysNineToFive } from './seed-helpers';

const SOURCE = 'seeds/002 (Bunkyo, 住民基本台帳ネットワークについて)';

const office = knownFact(
  {
    name: { ja: '戸籍住民課 住民記録係' },
    postalAddress: knownFact(
      {
        postcode: '1128555',
        lines: ['東京都文京区春日1-16-21', '文京シビックセンター2階北側', '戸籍住民課 住民記録係'],
      },
      SOURCE,
    ),
    phone: knownFact('03-5803-1177', SOURCE),
    // The ward office's hours; the seed warns that some counters keep other hours.
    hours: knownFact({ ...weekdaysNineToFive, opens: '08:30' }, SOURCE),
  },
  SOURCE,
);

export const bunkyo: Municipality = {
  code: '131059',
  name: { ja: '文京区', kana: 'ぶんきょうく', en: 'Bunkyo City' },
  prefecture: { code: '13', ja: '東京都', en: 'Tokyo' },
  offices: forEveryKind(office),
  feesYen: feesWith(knownFact(300, SOURCE)),
  acceptedByMail: {
    ...forEveryKind(unknownFact),
    // 特例による転出届を郵送で行い — said of card holders (特例転出).
    'move-out': knownFact(true, SOURCE),
  },
  acceptedOnline: unknownFact,
  mailPayment: unknownFact,
  moveOutWindow: unknownFact,
  // 本人または本人と同じ住民票に記載された人に限り住民票コードを記載した住民票の写しを取って…
  numberBearingCopyForProxy: knownFact('refused', SOURCE),
  codeChangeRequesters: unknownFact,
  wideAreaIssuance: knownFact({ feeYen: 300, hours: weekdaysNineToFive }, SOURCE),
  slipMailings: unknownFact,
  guideLanguages: unknownFact,
};
