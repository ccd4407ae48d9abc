import type {
  CertifiedCopyRequest,
  CodeChangeRequest,
  MoveOutNotice,
  MovingPerson,
  SlipReissueRequest,
} from '../../../../src/domain';

/** Awkward but real data: a long foreign name, full-width spaces, an old era birth date. */
export function certifiedCopyRequest(
  overrides: Partial<CertifiedCopyRequest> = {},
): CertifiedCopyRequest {
  return {
    kind: 'certified-copy',
    municipalityCode: '172014',
    channel: 'mail',
    requester: {
      name: 'NGUYEN THI MINH KHAI',
      furigana: 'グエン ティ ミン カイ',
      dateOfBirth: '1990-02-28',
      relationship: 'self',
      address: { postcode: '9208577', address: '石川県金沢市広坂1丁目1番1号　コーポ広坂２０３' },
      daytimePhone: '076-123-4567',
    },
    subject: {
      address: { postcode: '9208577', address: '石川県金沢市広坂1丁目1番1号　コーポ広坂２０３' },
      householdHead: 'NGUYEN THI MINH KHAI',
    },
    recordHolders: 'mixed',
    scope: 'members',
    persons: [
      {
        name: 'NGUYEN THI MINH KHAI',
        dateOfBirth: '1990-02-28',
        residentRecordCode: '24727059608',
      },
      { name: '山田　花子', dateOfBirth: '1960-01-07' },
    ],
    copies: 2,
    show: {
      householdHeadAndRelationship: true,
      domicile: false,
      individualNumber: false,
      residentRecordCode: true,
      foreignResidentItems: true,
      residenceCardNumber: false,
      alias: false,
    },
    purpose: '在留期間更新申請のため',
    submitTo: '出入国在留管理局',
    ...overrides,
  };
}

/** A parent and a child born on the first day of Reiwa. */
export function movingPersons(): [MovingPerson, MovingPerson] {
  return [
    {
      name: '山田 太郎',
      furigana: 'やまだ たろう',
      dateOfBirth: '1985-06-15',
      sex: 'male',
      relationshipToHead: '世帯主',
    },
    {
      name: '山田 花子',
      furigana: 'やまだ はなこ',
      dateOfBirth: '2019-05-01',
      sex: 'female',
      relationshipToHead: '子',
    },
  ];
}

export function moveOutNotice(overrides: Partial<MoveOutNotice> = {}): MoveOutNotice {
  return {
    kind: 'move-out',
    municipalityCode: '131059',
    filingDate: '2025-03-20',
    plannedMoveDate: '2025-03-31',
    notifier: { name: '山田 太郎', relationship: 'self', daytimePhone: '090-1234-5678' },
    currentAddress: {
      postcode: '1120003',
      address: '東京都文京区春日1-2-3',
      householdHead: '山田 太郎',
    },
    newAddress: {
      municipality: '石川県金沢市',
      municipalityCode: '172014',
      rest: '広坂1-1-1',
      householdHead: '山田 太郎',
    },
    persons: movingPersons(),
    anyoneHoldsMyNumberCard: false,
    returnEnvelopeTo: 'current-address',
    ...overrides,
  };
}

export function codeChangeRequest(overrides: Partial<CodeChangeRequest> = {}): CodeChangeRequest {
  return {
    kind: 'code-change',
    municipalityCode: '012084',
    channel: 'counter',
    requester: { name: '北見 一郎', relationship: 'self' },
    person: {
      name: '北見 一郎',
      dateOfBirth: '1975-11-03',
      currentResidentRecordCode: '24846016224',
    },
    idDocument: 'drivers-licence',
    ...overrides,
  };
}

export function slipReissueRequest(
  overrides: Partial<SlipReissueRequest> = {},
): SlipReissueRequest {
  return {
    kind: 'slip-reissue',
    municipalityCode: '282171',
    channel: 'counter',
    requester: { name: 'SILVA, João Pedro', relationship: 'self' },
    persons: [{ name: 'SILVA, João Pedro', dateOfBirth: '1988-12-31' }],
    idDocument: 'residence-card',
    ...overrides,
  };
}
