import { knownFact, unknownFact } from '../fact';
import type { Municipality } from '../municipality';
import { feesWith, forEveryKind } from './seed-helpers';

const SOURCE = 'seeds/003 (Kawanishi, 住民基本台帳ネットワークシステム)';

const office = knownFact(
  {
    name: { ja: '市民生活部 生活活性室 市民課' },
    postalAddress: knownFact(
      { postcode: '6668501', lines: ['兵庫県川西市中央町12番1号', '市役所1階', '市民課'] },
      SOURCE,
    ),
    phone: knownFact('072-740-1165', SOURCE),
    hours: unknownFact,
  },
  SOURCE,
);

export const kawanishi: Municipality = {
  code: '282171',
  name: { ja: '川西市', kana: 'かわにしし', en: 'Kawanishi City' },
  prefecture: { code: '28', ja: '兵庫県', en: 'Hyogo' },
  offices: forEveryKind(office),
  feesYen: feesWith(unknownFact),
  acceptedByMail: forEveryKind(unknownFact),
  acceptedOnline: unknownFact,
  mailPayment: unknownFact,
  moveOutWindow: unknownFact,
  // 住民票コード入りの住民票 … 本人か同一世帯の方に限り請求することができます
  numberBearingCopyForProxy: knownFact('refused', SOURCE),
  codeChangeRequesters: unknownFact,
  wideAreaIssuance: unknownFact,
  // 7月8日時点で川西市に住民登録がある方には、7月中旬ごろ住民票コード通知票を送付
  slipMailings: knownFact([{ residents: 'foreign', when: '2013-07' }], SOURCE),
  guideLanguages: unknownFact,
};
