import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner, Button, Checkbox, TextField } from '../../ui';
import { codeNeedsConfirmation, type MemberFormValues } from './member-form';

// The scanner brings the camera code; zxing and tesseract load only once it is opened.
const ScanPanel = lazy(() => import('./scan/ScanPanel').then((m) => ({ default: m.ScanPanel })));

interface NumberFieldsProps {
  values: MemberFormValues;
  errors: { code?: string; individualNumber?: string };
  onChange: (patch: Partial<MemberFormValues>) => void;
}

/** The resident record code and the Individual Number, typed or read by the camera. */
export function NumberFields({ values, errors, onChange }: NumberFieldsProps) {
  const { t } = useTranslation();
  const [scanning, setScanning] = useState<'resident-record-code' | 'individual-number'>();
  const setCode = (code: string) => onChange({ code, confirmCode: false });
  return (
    <>
      <TextField
        label={t('member.code')}
        hint={t('member.codeHint')}
        value={values.code}
        onValueChange={setCode}
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
              setCode(candidate.value);
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
      {codeNeedsConfirmation(values.code) && (
        <Banner tone="warning" title={t('member.checkDigit.title')}>
          <p>{t('member.checkDigit.body')}</p>
          <p>{t('member.checkDigit.unchecked')}</p>
          <Checkbox
            label={t('member.checkDigit.confirm')}
            checked={values.confirmCode}
            onCheckedChange={(confirmCode) => onChange({ confirmCode })}
          />
        </Banner>
      )}
      <TextField
        label={t('member.individualNumber')}
        hint={t('member.individualNumberHint')}
        value={values.individualNumber}
        onValueChange={(individualNumber) => onChange({ individualNumber })}
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
              onChange({ individualNumber: candidate.value });
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
    </>
  );
}
