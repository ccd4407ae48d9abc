import { useTranslation } from 'react-i18next';
import { Button, TextField, formatDate, formatDateOfBirth } from '../../ui';
import { dateOfBirthOf, type DateEntry, type MemberFormValues } from './member-form';

interface DateOfBirthFieldProps {
  values: MemberFormValues;
  error?: string;
  onChange: (patch: Partial<MemberFormValues>) => void;
  onSwitch: (to: DateEntry) => void;
}

/**
 * Typed as a Japanese era date (令和/平成/昭和/大正/明治, `S55.5.5`, full-width digits, or a Western
 * date) or picked from the browser's calendar. What an era date means is said back at once.
 */
export function DateOfBirthField({ values, error, onChange, onSwitch }: DateOfBirthFieldProps) {
  const { t, i18n } = useTranslation();
  if (values.dateEntry === 'western') {
    return (
      <>
        <TextField
          label={t('member.dateOfBirth')}
          hint={t('member.dateOfBirthWesternHint')}
          type="date"
          value={values.dateOfBirth}
          onValueChange={(dateOfBirth) => onChange({ dateOfBirth })}
          error={error}
          autoComplete="off"
        />
        <div className="field">
          <Button variant="secondary" onClick={() => onSwitch('era')}>
            {t('member.dateOfBirthUseEra')}
          </Button>
        </div>
      </>
    );
  }
  const parsed = values.dateOfBirthEra.trim() ? dateOfBirthOf(values) : undefined;
  const era = parsed?.ok ? formatDateOfBirth(parsed.value, 'ja-JP') : undefined;
  const western = parsed?.ok ? formatDate(parsed.value, i18n.language) : undefined;
  return (
    <>
      <TextField
        label={t('member.dateOfBirth')}
        hint={t('member.dateOfBirthEraHint')}
        value={values.dateOfBirthEra}
        onValueChange={(dateOfBirthEra) => onChange({ dateOfBirthEra })}
        error={error}
        autoComplete="off"
        spellCheck={false}
      />
      {/* Said back as read, so a mistyped era is noticed before saving. */}
      <p className="meta field-echo" aria-live="polite">
        {era && western ? t('member.dateOfBirthReadAs', { era, date: western }) : ''}
      </p>
      <div className="field">
        <Button variant="secondary" onClick={() => onSwitch('western')}>
          {t('member.dateOfBirthUseCalendar')}
        </Button>
      </div>
    </>
  );
}
