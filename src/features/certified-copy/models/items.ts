import type { CopyItems, DraftOf, Municipality } from '../../../domain';
import type { FieldProblem, PageResult } from '../../shared/wizard/field-problems';

type Draft = DraftOf<'certified-copy'>;

export const copyItemKeys = [
  'householdHeadAndRelationship',
  'domicile',
  'individualNumber',
  'residentRecordCode',
  'foreignResidentItems',
  'residenceCardNumber',
  'alias',
] as const satisfies readonly (keyof CopyItems)[];

export type CopyItemKey = (typeof copyItemKeys)[number];

const NATIONALS_ONLY: readonly CopyItemKey[] = ['domicile'];
const FOREIGN_ONLY: readonly CopyItemKey[] = [
  'foreignResidentItems',
  'residenceCardNumber',
  'alias',
];

/** The items that can be asked for the people on this copy (本籍 for nationals only, …). */
export function itemsOffered(recordHolders: Draft['recordHolders']): CopyItemKey[] {
  return copyItemKeys.filter((item) => {
    if (recordHolders === 'foreign' && NATIONALS_ONLY.includes(item)) return false;
    if (recordHolders === 'japanese' && FOREIGN_ONLY.includes(item)) return false;
    return true;
  });
}

export interface ItemsValues {
  show: CopyItems;
  copies: string;
}

const noItems: CopyItems = {
  householdHeadAndRelationship: false,
  domicile: false,
  individualNumber: false,
  residentRecordCode: false,
  foreignResidentItems: false,
  residenceCardNumber: false,
  alias: false,
};

export function itemsValuesFrom(draft: Draft): ItemsValues {
  return { show: draft.show ?? noItems, copies: String(draft.copies ?? 1) };
}

const NUMBERS: readonly CopyItemKey[] = ['individualNumber', 'residentRecordCode'];

/**
 * The law's limits, said where the choice is made: third parties never get either number;
 * a city that refuses number-bearing copies to proxies refuses them.
 */
export function parseItems(
  values: ItemsValues,
  draft: Draft,
  municipality: Municipality | null,
): PageResult<{ show: CopyItems; copies: number }> {
  const problems: FieldProblem[] = [];
  const copies = Number(values.copies.normalize('NFKC').trim());
  if (values.copies.trim() === '') problems.push({ field: 'copies', reason: 'required' });
  else if (!Number.isInteger(copies)) problems.push({ field: 'copies', reason: 'not-integer' });
  else if (copies < 1) problems.push({ field: 'copies', reason: 'too-small' });
  else if (copies > 10) problems.push({ field: 'copies', reason: 'too-large' });
  const offered = itemsOffered(draft.recordHolders);
  // An item no longer offered (the nationality answer changed) is dropped, not refused.
  const show = { ...noItems };
  for (const item of offered) show[item] = values.show[item];
  const relationship = draft.requester?.relationship;
  const policy = municipality?.numberBearingCopyForProxy;
  for (const item of NUMBERS) {
    if (!show[item]) continue;
    if (relationship === 'third-party') {
      problems.push({ field: `show.${item}`, reason: 'number-copy-not-for-third-party' });
    } else if (relationship === 'proxy' && policy?.known && policy.value === 'refused') {
      problems.push({ field: `show.${item}`, reason: 'number-copy-not-for-proxy' });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answers: { show, copies } };
}
