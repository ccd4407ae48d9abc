import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPostcode, type ApplicationKind } from '../../../domain';
import { saveOfficeAddress, StorageError } from '../../../data';
import { Banner, Button, TextField } from '../../../ui';
import type { CityHall } from '../city-halls';
import { normalisedPostcode } from './postcode-input';

/**
 * Where the papers go: the office's postal address and phone. Unknown to the directory, it
 * says so, and the person can write the address down from the city's page or a call; it is
 * kept on the phone for every later paper to that city.
 */
export function OfficePanel({ hall, kind }: { hall: CityHall; kind: ApplicationKind }) {
  const { t } = useTranslation();
  const office = hall.municipality.offices[kind];
  const address =
    office.known && office.value.postalAddress.known ? office.value.postalAddress.value : null;
  const phone = office.known && office.value.phone.known ? office.value.phone.value : null;
  return (
    <section aria-labelledby="office-title" className="review-section">
      <h2 id="office-title">{t('review.office.title')}</h2>
      {office.known && <p lang="ja">{office.value.name.ja}</p>}
      {address ? (
        <p lang="ja" className="address">
          〒{formatPostcode(address.postcode)}
          {address.lines.map((line) => (
            <span key={line} className="address__line">
              {line}
            </span>
          ))}
        </p>
      ) : (
        <>
          <p>{t('review.office.addressUnknown')}</p>
          <OfficeAddressForm code={hall.code} />
        </>
      )}
      {hall.officeAddressEnteredByPerson && (
        <p className="meta">{t('review.office.enteredByYou')}</p>
      )}
      <p>
        {phone ? (
          <>
            {t('review.office.phone')} <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>
          </>
        ) : (
          t('review.office.phoneUnknown')
        )}
      </p>
    </section>
  );
}

function OfficeAddressForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const [postcode, setPostcode] = useState('');
  const [lines, setLines] = useState('');
  const [errors, setErrors] = useState<{ postcode?: string; lines?: string; save?: string }>({});
  async function submit() {
    const normalised = normalisedPostcode(postcode);
    const next = {
      postcode: /^\d{7}$/.test(normalised) ? undefined : t('reasons.invalid-postcode'),
      lines: lines.trim() === '' ? t('reasons.required') : undefined,
    };
    setErrors(next);
    if (next.postcode || next.lines) return;
    try {
      const split = lines
        .split(/\n/)
        .map((line) => line.trim())
        .filter(Boolean);
      await saveOfficeAddress(code, { postcode: normalised, lines: split });
    } catch (error) {
      setErrors({
        save: error instanceof StorageError ? t('errors.storageFull') : t('errors.notSaved'),
      });
    }
  }
  return (
    <div className="subform">
      {errors.save && (
        <Banner tone="error" role="alert">
          <p>{errors.save}</p>
        </Banner>
      )}
      <TextField
        label={t('review.office.postcode')}
        inputMode="numeric"
        value={postcode}
        error={errors.postcode}
        onValueChange={setPostcode}
      />
      <div className="field">
        <label className="field__label" htmlFor="office-address-lines">
          {t('review.office.lines')}
        </label>
        <span className="field__hint" id="office-address-lines-hint">
          {t('review.office.linesHint')}
        </span>
        {errors.lines && <span className="field__error">{errors.lines}</span>}
        <textarea
          id="office-address-lines"
          className="field__input"
          lang="ja"
          rows={3}
          value={lines}
          aria-describedby="office-address-lines-hint"
          aria-invalid={errors.lines ? true : undefined}
          onChange={(event) => setLines(event.target.value)}
        />
      </div>
      <Button variant="secondary" onClick={() => void submit()}>
        {t('review.office.save')}
      </Button>
    </div>
  );
}
