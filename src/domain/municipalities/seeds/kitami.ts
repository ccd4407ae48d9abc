import { knownFact, unknownFact } from '../fact';
import type { Municipality } from '../municipality';
import { feesWith, forEveryKind, weekdaysNineToFive } from './seed-helpers';

const SOURCE = 'seeds/004 (Kitami, 住民基本台帳ネットワークシステム)';

const office = knownFact(
  {
    name: { ja: '市民環境部 戸籍住民課' },
    postalAddress: knownFact(
      {
        postcode: '0908501',
        lines: ['北海道北見市大通西3丁目1番地1', '北見市役所1階', '戸籍住民課'],
      },
      SOURCE,
    ),
    phone: knownFact('0157-25-1122', SOURCE),
    hours: unknownFact,
  },
  SOURCE,
);

export const kitami: Municipality = {
  code: '012084',
  name: { ja: '北見市', kana: 'きたみし', en: 'Kitami City' },
  prefecture: { code: '01', ja: '北海道', en: 'Hokkaido' },
  offices: forEveryKind(office),
  // The seed states ¥250 for a wide-area copy issued by Kitami.
  feesYen: feesWith(knownFact(250, SOURCE)),
  acceptedByMail: forEveryKind(unknownFact),
  acceptedOnline: unknownFact,
  mailPayment: unknownFact,
  moveOutWindow: unknownFact,
  // 任意代理人の場合、住民票は請求者本人宛に郵送で交付となります
  numberBearingCopyForProxy: knownFact('mailed-to-person', SOURCE),
  // 本人又は法定代理人（親権者・成年後見人）の請求により変更することができます
  codeChangeRequesters: knownFact(['self', 'legal-representative'], SOURCE),
  wideAreaIssuance: knownFact({ feeYen: 250, hours: weekdaysNineToFive }, SOURCE),
  // 第1次サービス(平成14年8月5日開始) … 全世帯に住民票コードを通知しました
  slipMailings: knownFact([{ residents: 'all', when: '2002-08' }], SOURCE),
  guideLanguages: unknownFact,
};
