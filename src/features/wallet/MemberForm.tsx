import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageError, type MemberInput } from '../../data';
import { Banner, Button, ErrorSummary, useUnsavedInput } from '../../ui';
import { DateOfBirthField } from './DateOfBirthField';
import {
  emptyMemberForm,
  memberInputOf,
  switchDateEntry,
  validateMemberForm,
  type DateEntry,
  type MemberFormErrors,
  type MemberFormValues,
} from './member-form';
import { memberErrorMessage } from './member-messages';
import { NameFields } from './NameFields';
import { NumberFields } from './NumberFields';

// Not the domain's todayInJapan: this form should not wait on more than it needs.
function todayIso(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
}

interface MemberFormProps {
  /** The member being corrected; an empty form otherwise. */
  initial?: MemberFormValues;
  /** How the date of birth is entered at first (Japanese readers type the era). */
  dateEntry: DateEntry;
  /** Saves; resolves false when the store refused what the form let through. */
  onSave: (input: MemberInput) => Promise<boolean>;
  onCancel: () => void;
  submitLabel: string;
  children?: ReactNode;
}

/** Adding and correcting a member: the same fields, checks and messages. */
export default function MemberForm({
  initial: given,
  dateEntry,
  onSave,
  onCancel,
  submitLabel,
  children,
}: MemberFormProps) {
  const { t } = useTranslation();
  const [initial] = useState(() => given ?? emptyMemberForm(dateEntry));
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<MemberFormErrors>({});
  const [saveError, setSaveError] = useState<string>();
  const [saving, setSaving] = useState(false);
  useUnsavedInput(JSON.stringify(values) !== JSON.stringify(initial));
  const change = (patch: Partial<MemberFormValues>) =>
    setValues((previous) => ({ ...previous, ...patch }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validateMemberForm(values, todayIso());
    setErrors(found);
    setSaveError(undefined);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      if (!(await onSave(memberInputOf(values)))) setSaveError(t('member.errors.notSaved'));
    } catch (error) {
      setSaveError(
        error instanceof StorageError && error.code === 'storage-full'
          ? t('errors.storageFull')
          : t('member.errors.notSaved'),
      );
    } finally {
      setSaving(false);
    }
  }

  const message = (field: keyof MemberFormErrors) => {
    const error = errors[field];
    return error && memberErrorMessage(error, t);
  };
  const errorList = Object.values(errors).map((error) => memberErrorMessage(error, t));
  return (
    <>
      <ErrorSummary title={t('errors.summaryTitle')} errors={errorList} />
      {saveError && (
        <Banner tone="error" role="alert">
          <p>{saveError}</p>
        </Banner>
      )}
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <NameFields
          values={values}
          errors={{
            name: message('name'),
            furigana: message('furigana'),
            residenceCardName: message('residenceCardName'),
            alias: message('alias'),
          }}
          onChange={change}
        />
        <DateOfBirthField
          values={values}
          error={message('dateOfBirth')}
          onChange={change}
          onSwitch={(to) => setValues((previous) => switchDateEntry(previous, to))}
        />
        <NumberFields
          values={values}
          errors={{ code: message('code'), individualNumber: message('individualNumber') }}
          onChange={change}
        />
        <p className="meta">{t('member.privacy')}</p>
        <div className="actions">
          <Button type="submit" disabled={saving}>
            {submitLabel}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
      {children}
    </>
  );
}
