import type { TFunction } from 'i18next';
import { formatPostcode } from '../../domain';
import { formatDate } from '../../ui';
import type { SummaryRow } from '../shared/wizard/SummaryList';
import type { CopyDraft, CopyPageId } from './flow';
import { copyItemKeys } from './models/items';

const address = (value?: { postcode: string; address: string }) =>
  value && `〒${formatPostcode(value.postcode)} ${value.address}`;

/** Every answer of a certified-copy request, in the order of the questions. */
export function copySummaryRows(
  draft: CopyDraft,
  t: TFunction,
  locale: string,
  cityName: string | undefined,
  changeHref?: (page: CopyPageId) => string,
): SummaryRow[] {
  const change = (page: CopyPageId) => (changeHref ? { changeHref: changeHref(page) } : {});
  const { requester } = draft;
  const items = draft.show ? copyItemKeys.filter((item) => draft.show?.[item]) : undefined;
  const rows: SummaryRow[] = [
    { key: 'city', label: t('copy.city.label'), value: cityName, ...change('city') },
    {
      key: 'relationship',
      label: t('copy.requester.relationship'),
      value: requester && t(`copy.requester.relationships.${requester.relationship}.label`),
      ...change('requester'),
    },
    {
      key: 'requester',
      label: t('copy.summary.requester'),
      value: requester && [
        requester.name,
        ...(requester.furigana ? [requester.furigana] : []),
        formatDate(requester.dateOfBirth, locale),
        ...(requester.relationToSubject ? [requester.relationToSubject] : []),
      ],
      ...change('requester'),
    },
    {
      key: 'requester-address',
      label: t('copy.summary.requesterAddress'),
      value: requester && [address(requester.address) ?? '', requester.daytimePhone],
      lang: 'ja',
      ...change('requester'),
    },
    ...(requester?.thirdPartyReason
      ? [
          {
            key: 'reason',
            label: t('copy.requester.thirdPartyReason'),
            value: requester.thirdPartyReason,
            ...change('requester'),
          },
        ]
      : []),
    {
      key: 'scope',
      label: t('copy.records.scope'),
      value: draft.scope && t(`copy.records.scopes.${draft.scope}.label`),
      ...change('records'),
    },
    {
      key: 'persons',
      label: t('copy.records.persons'),
      value: draft.persons?.map((person) => person.name),
      ...change('records'),
    },
    {
      key: 'holders',
      label: t('copy.records.recordHolders'),
      value: draft.recordHolders && t(`copy.records.holders.${draft.recordHolders}`),
      ...change('records'),
    },
    {
      key: 'registered',
      label: t('copy.registered.title'),
      value: draft.subject && [
        address(draft.subject.address) ?? '',
        ...(draft.subject.householdHead ? [draft.subject.householdHead] : []),
      ],
      lang: 'ja',
      ...change('registered'),
    },
    {
      key: 'items',
      label: t('copy.items.legend'),
      value:
        items &&
        (items.length === 0
          ? t('copy.summary.basicOnly')
          : items.map((item) => t(`copy.items.options.${item}.label`))),
      ...change('items'),
    },
    {
      key: 'copies',
      label: t('copy.items.copies'),
      value: draft.copies === undefined ? undefined : String(draft.copies),
      ...change('items'),
    },
    {
      key: 'purpose',
      label: t('copy.purpose.purpose'),
      value: draft.purpose,
      ...change('purpose'),
    },
    ...(draft.submitTo
      ? [
          {
            key: 'submitTo',
            label: t('copy.purpose.submitTo'),
            value: draft.submitTo,
            ...change('purpose'),
          },
        ]
      : []),
    {
      key: 'channel',
      label: t('copy.channel.legend'),
      value: draft.channel && t(`copy.channel.options.${draft.channel}.label`),
      ...change('channel'),
    },
  ];
  return rows;
}
