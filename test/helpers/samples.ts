import type { CertifiedCopyRequest } from '../../src/domain';

/** A valid request with awkward but real-looking data. */
export const sampleRequest: CertifiedCopyRequest = {
  kind: 'certified-copy',
  municipalityCode: '131059',
  channel: 'online',
  requester: {
    name: 'Ana Souza',
    dateOfBirth: '1985-07-20',
    relationship: 'self',
    address: { postcode: '1120003', address: '東京都文京区春日1-2-3 ハイツ春日101' },
    daytimePhone: '03-1234-5678',
  },
  subject: { address: { postcode: '1120003', address: '東京都文京区春日1-2-3 ハイツ春日101' } },
  recordHolders: 'foreign',
  scope: 'members',
  persons: [{ name: 'Ana Souza', dateOfBirth: '1985-07-20', residentRecordCode: '24727059608' }],
  copies: 1,
  show: {
    householdHeadAndRelationship: false,
    domicile: false,
    individualNumber: false,
    residentRecordCode: true,
    foreignResidentItems: false,
    residenceCardNumber: false,
    alias: false,
  },
  purpose: 'Visa renewal',
};
