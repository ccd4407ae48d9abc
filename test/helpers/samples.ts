import type { CertifiedCopyRequest } from '../../src/domain';

/** A valid request with awkward but real-looking data. */
export const sampleRequest: CertifiedCopyRequest = {
  kind: 'certified-copy',
  municipalityCode: '131059',
  requester: { name: 'Ana Souza', dateOfBirth: '1985-07-20', relationship: 'self' },
  scope: 'members',
  persons: [{ name: 'Ana Souza', dateOfBirth: '1985-07-20', residentRecordCode: '24727059608' }],
  copies: 1,
  show: {
    householdHeadAndRelationship: false,
    domicile: false,
    individualNumber: false,
    residentRecordCode: true,
    foreignResidentItems: false,
  },
};
