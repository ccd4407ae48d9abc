import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { addMember, StorageError } from '../../data';
import {
  Banner,
  Button,
  Checkbox,
  ErrorSummary,
  PageHeading,
  TextField,
  useUnsavedInput,
} from '../../ui';
import {
  codeNeedsConfirmation,
  emptyMemberForm,
  validateMemberForm,
  type MemberFormErrors,
  type MemberFormValues,
} from './member-form';

// The scanner brings the camera code; zxing and tesseract load only once it is opened.
const ScanPanel = lazy(() => import('./scan/ScanPanel').then((m) => ({ default: m.ScanPanel })));

// Not the domain's todayInJapan: its calendar module brings zod into the start-up bundle.
function todayIso(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
}

export function AddMemberScreen() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [values, setValues] = useState<MemberFormValues>(emptyMemberForm);
  const [errors, setErrors] = useState<MemberFormErrors>({});
  const [saveError, setSaveError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [scanning, setScanning] = useState<'resident-record-code' | 'individual-number'>();
  const dirty =
    values.name !== '' ||
    values.dateOfBirth !== '' ||
    values.code !== '' ||
    values.individualNumber !== '';
  useUnsavedInput(dirty);

  const needsConfirmation = codeNeedsConfirmation(values.code);
  const set =
    <K extends keyof MemberFormValues>(key: K) =>
    (value: MemberFormValues[K]) =>
      setValues((previous) => ({
        ...previous,
        [key]: value,
        ...(key === 'code' ? { confirmCode: false } : {}),
      }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validateMemberForm(values, todayIso(), t);
    if (needsConfirmation && !values.confirmCode) found.code = t('member.errors.codeConfirm');
    setErrors(found);
    setSaveError(undefined);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      const result = await addMember({
        name: values.name,
        dateOfBirth: values.dateOfBirth,
        residentRecordCode: values.code,
        confirmCodeDespiteCheck: values.confirmCode,
        individualNumber: values.individualNumber,
      });
      if (result.ok) navigate('/');
      else setSaveError(t('member.errors.notSaved'));
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

  const errorList = Object.values(errors).filter((e): e is string => Boolean(e));
  return (
    <>
      <PageHeading>{t('member.title')}</PageHeading>
      <ErrorSummary title={t('errors.summaryTitle')} errors={errorList} />
      {saveError && (
        <Banner tone="error" role="alert">
          <p>{saveError}</p>
        </Banner>
      )}
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        {/* autocomplete off: the browser's form history would keep these values in clear. */}
        <TextField
          label={t('member.name')}
          hint={t('member.nameHint')}
          value={values.name}
          onValueChange={set('name')}
          error={errors.name}
          autoComplete="off"
          maxLength={100}
        />
        <TextField
          label={t('member.dateOfBirth')}
          type="date"
          value={values.dateOfBirth}
          onValueChange={set('dateOfBirth')}
          error={errors.dateOfBirth}
          autoComplete="off"
        />
        <TextField
          label={t('member.code')}
          hint={t('member.codeHint')}
          value={values.code}
          onValueChange={set('code')}
          error={errors.code}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
        />
        {scanning === 'resident-record-code' ? (
          <Suspense fallback={null}>
            <ScanPanel
              kind="resident-record-code"
              onUse={(candidate) => {
                set('code')(candidate.value);
                setScanning(undefined);
              }}
              onClose={() => setScanning(undefined)}
            />
          </Suspense>
        ) : (
          <div className="field">
            <Button variant="secondary" onClick={() => setScanning('resident-record-code')}>
              {t('scan.open')}
            </Button>
          </div>
        )}
        {needsConfirmation && (
          <Banner tone="warning" title={t('member.checkDigit.title')}>
            <p>{t('member.checkDigit.body')}</p>
            <Checkbox
              label={t('member.checkDigit.confirm')}
              checked={values.confirmCode}
              onCheckedChange={set('confirmCode')}
            />
          </Banner>
        )}
        <TextField
          label={t('member.individualNumber')}
          hint={t('member.individualNumberHint')}
          value={values.individualNumber}
          onValueChange={set('individualNumber')}
          error={errors.individualNumber}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
        />
        {scanning === 'individual-number' ? (
          <Suspense fallback={null}>
            <ScanPanel
              kind="individual-number"
              onUse={(candidate) => {
                set('individualNumber')(candidate.value);
                setScanning(undefined);
              }}
              onClose={() => setScanning(undefined)}
            />
          </Suspense>
        ) : (
          <div className="field">
            <Button variant="secondary" onClick={() => setScanning('individual-number')}>
              {t('scan.openCard')}
            </Button>
          </div>
        )}
        <p className="meta">{t('member.privacy')}</p>
        <div className="actions">
          <Button type="submit" disabled={saving}>
            {t('member.save')}
          </Button>
          <Button variant="secondary" onClick={() => navigate('/')}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
