import type { CoverText } from './types';

const yen = (amount: number) => `${amount.toLocaleString('ja')}円`;

export const jaCover: CoverText = {
  title: (city) => `封筒に入れるもの — 住民票の写しの郵送請求（${city}）`,
  intro:
    '入れたものに✓を付けてください。請求書の内容を在留カードやマイナンバーカードと照らして確かめ、手書きで署名してください。',
  checklist: 'チェックリスト',
  requestForm: (page) => `請求書（${page}ページ）— 内容を確かめ、手書きで署名したもの`,
  photoIdCopy: '請求者の本人確認書類の写し',
  photoIdKinds:
    '例: 運転免許証、パスポート、マイナンバーカード（表面のみ）、在留カード、特別永住者証明書、健康保険証、年金手帳。顔写真のないものは2点求める市区町村もあります。',
  proxyLetter: (page) => `委任状（${page}ページ）— 原本。委任者本人が記入・署名したもの`,
  thirdPartyDocuments: '請求の理由を明らかにする書類（第三者請求）',
  moneyOrders: '手数料分の定額小為替（郵便局で買えます）:',
  moneyOrderLine: (face, count) => `${yen(face)} × ${count}枚`,
  moneyOrderPurchase: (count, fee) => `${count}枚の購入には郵便局で別に${yen(fee)}かかります。`,
  moneyOrdersNotExact:
    '定額小為替ではこの手数料をちょうど作れません。市区町村に払い方を聞いてください。',
  feeUnknown: '手数料: この市区町村の手数料はまだ分かりません。市区町村に聞いて書いてください:',
  feeNone: '手数料はかかりません。',
  feeAsCityInstructs: '手数料（市区町村の指示する方法で。郵送では定額小為替を受け付けていません）',
  returnEnvelope: (stamp) => `返信用封筒（長形3号）— ${yen(stamp)}分の切手を貼ったもの`,
  returnAddressedTo: 'あて先:',
  labelsOnPage: (page) => `${page}ページの宛名ラベルを切り取って貼ってください。`,
  sendTo: '送り先',
  officeAddressUnknown: 'この窓口の郵送先はまだ分かりません。市区町村に聞いて書いてください:',
  phone: (phone) => `電話: ${phone}`,
  phoneUnknown: '電話: 不明 —',
  costs: 'かかる費用',
  feeLine: (per, copies, total) => `手数料: ${yen(per)} × ${copies}通 = ${yen(total)}`,
  purchaseLine: (fee) => `定額小為替の購入手数料: ${yen(fee)}`,
  postageOut: (amount) => `市区町村あての封筒の切手: ${yen(amount)}`,
  returnStamp: (amount) => `返信用封筒の切手: ${yen(amount)}`,
  total: (amount) => `合計: ${yen(amount)}`,
  totalUnknown: '合計: 手数料が分かるまで不明 —',
  comesBack: '届くもの・届く時期',
  whatComesBack: (copies) => `住民票の写し ${copies}通が返信用封筒で届きます。`,
  mailedToRegisteredAddress: '送り先は住民登録のある住所だけです。',
  mailedToPerson:
    '代理人が請求した個人番号・住民票コード入りの写しは、代理人ではなく本人あてに郵送されます。',
  howLongUnknown: 'この市区町村でかかる日数はまだ分かりません。聞いて書いてください:',
  proxyRules: '代理人が請求するとき',
  proxyNumbersToPerson:
    'この市区町村は、個人番号・住民票コード入りの写しを代理人ではなく本人あてに郵送します。',
  proxyNumbersRefused: 'この市区町村は、個人番号・住民票コード入りの写しを代理人には交付しません。',
  proxyNumbersUnknown: '代理人に番号入りの写しを交付するかはまだ分かりません。聞いてください:',
  proxyLetterRules:
    '委任状はコピーではなく原本を、消せないペンで。有効期間はおおむね3か月です。氏名は住民票のとおりに（カタカナや通称を認めない市区町村もあります）。',
  askLine: '市区町村に聞いて書いてください:',
  beforeSending: 'Madoguchi でスマートフォン上で作成しました。どこにも送信していません。',
};
