import type { CertifiedCopyRequest } from '../../domain';
import type { MemberRecord } from '../../data';

export interface CertifiedCopyFormValues {
  memberId: string | undefined;
  municipalityCode: string | undefined;
  copies: string;
  showCode: boolean;
}

export const emptyCertifiedCopyForm: CertifiedCopyFormValues = {
  memberId: undefined,
  municipalityCode: undefined,
  copies: '1',
  showCode: false,
};

export type CertifiedCopyFormField = 'memberId' | 'municipalityCode' | 'copies';

export function formProblems(values: CertifiedCopyFormValues): CertifiedCopyFormField[] {
  const problems: CertifiedCopyFormField[] = [];
  if (!values.memberId) problems.push('memberId');
  if (!values.municipalityCode) problems.push('municipalityCode');
  const copies = Number(values.copies.normalize('NFKC'));
  if (!Number.isInteger(copies) || copies < 1 || copies > 10) problems.push('copies');
  return problems;
}

/** The request for one's own record, mailed to the registered address. */
export function buildCertifiedCopyRequest(
  values: CertifiedCopyFormValues,
  member: MemberRecord,
  municipalityCode: string,
): CertifiedCopyRequest {
  return {
    kind: 'certified-copy',
    municipalityCode,
    requester: { name: member.name, dateOfBirth: member.dateOfBirth, relationship: 'self' },
    scope: 'members',
    persons: [
      {
        name: member.name,
        dateOfBirth: member.dateOfBirth,
        ...(member.residentRecordCode ? { residentRecordCode: member.residentRecordCode } : {}),
      },
    ],
    copies: Number(values.copies.normalize('NFKC')),
    show: {
      householdHeadAndRelationship: false,
      domicile: false,
      individualNumber: false,
      residentRecordCode: values.showCode,
      foreignResidentItems: false,
    },
  };
}
