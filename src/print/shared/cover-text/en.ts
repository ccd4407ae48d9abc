import type { CoverText } from './types';

const yen = (amount: number) => `¥${amount.toLocaleString('en')}`;

export const enCover: CoverText = {
  title: (city) => `What goes in the envelope — certified copy of the resident record, ${city}`,
  intro:
    'Tick each item as you put it in. Check every value on the form against your residence card or My Number card, then sign it by hand.',
  checklist: 'Checklist',
  requestForm: (page) => `The request form (page ${page}), checked and signed by hand`,
  photoIdCopy: 'A copy of the requester’s photo ID',
  photoIdKinds:
    'For example: driving licence, passport, My Number card (front only), residence card, special permanent resident certificate, health insurance card, pension book. Some cities ask for two when an ID has no photo.',
  proxyLetter: (page) =>
    `The letter of proxy (page ${page}): the original, filled in and signed by the person`,
  thirdPartyDocuments: 'Documents that show why you need the copy (third party)',
  moneyOrders: 'Postal money orders (定額小為替) for the fee — buy them at a post office:',
  moneyOrderLine: (face, count) => `${yen(face)} × ${count}`,
  moneyOrderPurchase: (count, fee) =>
    `Buying ${count} order${count === 1 ? '' : 's'} costs ${yen(fee)} more at the post office.`,
  moneyOrdersNotExact:
    'No set of money orders makes this fee exactly: ask your city hall how to pay.',
  feeUnknown:
    'The fee: our directory does not know this city’s fee. Ask your city hall and write it here:',
  feeNone: 'No fee.',
  feeAsCityInstructs: 'The fee, paid the way the city says (it does not take money orders by mail)',
  returnEnvelope: (stamp) => `A return envelope (長形3号) with a ${yen(stamp)} stamp`,
  returnAddressedTo: 'addressed to:',
  labelsOnPage: (page) => `Cut out the address labels on page ${page} and stick them on.`,
  sendTo: 'Where to send it',
  officeAddressUnknown:
    'Our directory does not know this office’s postal address. Ask your city hall and write it here:',
  phone: (phone) => `Phone: ${phone}`,
  phoneUnknown: 'Phone: not in our directory —',
  costs: 'What it costs',
  feeLine: (per, copies, total) => `Fee: ${yen(per)} × ${copies} = ${yen(total)}`,
  purchaseLine: (fee) => `Money order purchase fee: ${yen(fee)}`,
  postageOut: (amount) => `Stamp for your envelope to city hall: ${yen(amount)}`,
  returnStamp: (amount) => `Stamp for the return envelope: ${yen(amount)}`,
  total: (amount) => `In all: ${yen(amount)}`,
  totalUnknown: 'In all: not known until you know the fee —',
  comesBack: 'What comes back, and when',
  whatComesBack: (copies) =>
    `${copies} certified ${copies === 1 ? 'copy' : 'copies'} of the resident record (住民票の写し), in your return envelope.`,
  mailedToRegisteredAddress: 'It is mailed only to the registered address.',
  mailedToPerson:
    'A copy showing the Individual Number or the resident record code, asked for by a proxy, is mailed to the person themself, not to the proxy.',
  howLongUnknown: 'Our directory does not know how long this city takes. Ask and write it here:',
  proxyRules: 'When a proxy files',
  proxyNumbersToPerson:
    'This city mails a copy that shows the Individual Number or the resident record code to the person themself, not to the proxy.',
  proxyNumbersRefused:
    'This city does not issue a copy showing the Individual Number or the resident record code to a proxy.',
  proxyNumbersUnknown:
    'Our directory does not know whether this city gives a proxy a copy that shows numbers. Ask:',
  proxyLetterRules:
    'Send the original letter, not a copy; write it in pen that cannot be erased. Cities treat it as valid for about three months. Write the names exactly as on the resident record (some cities refuse katakana or alias names).',
  askLine: 'Ask your city hall and write it here:',
  beforeSending: 'Made with Madoguchi on your phone. Nothing was sent anywhere.',
};
