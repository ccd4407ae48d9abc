import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadPostcodeLookup, type MunicipalityListing } from '../../domain';
import { Button, RadioGroup, TextField } from '../../ui';
import { cityHallName, useDirectory } from './city-halls';

interface MunicipalityPickerProps {
  /** The id of the search box, for an error summary to link to. */
  id: string;
  value: string | undefined;
  error?: string;
  onChange: (code: string) => void;
}

type PostcodeState =
  | { state: 'idle' }
  | { state: 'looking' }
  | { state: 'found'; codes: string[] }
  | { state: 'error'; error: 'invalid-postcode' | 'unknown-postcode' };

/** Finds a city hall by name (kanji, kana, romaji), by prefecture, or by postcode, offline. */
export function MunicipalityPicker({ id, value, error, onChange }: MunicipalityPickerProps) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const [query, setQuery] = useState('');
  const [prefecture, setPrefecture] = useState('');
  const [postcode, setPostcode] = useState('');
  const [postcodeResult, setPostcodeResult] = useState<PostcodeState>({ state: 'idle' });
  const selectId = useId();

  const label = (listing: MunicipalityListing) =>
    cityHallName({ fullNameJa: listing.fullName, romaji: listing.romaji }, i18n.language);
  const toOptions = (listings: MunicipalityListing[]) =>
    listings.map((listing) => ({ value: listing.code, label: label(listing), lang: undefined }));

  async function findByPostcode() {
    setPostcodeResult({ state: 'looking' });
    const { municipalityCodeForPostcode } = await loadPostcodeLookup();
    const found = municipalityCodeForPostcode(postcode);
    setPostcodeResult(
      found.ok
        ? { state: 'found', codes: found.municipalityCodes }
        : { state: 'error', error: found.error },
    );
    if (found.ok && found.municipalityCodes.length === 1 && found.municipalityCodes[0]) {
      onChange(found.municipalityCodes[0]);
    }
  }

  const byName = directory && query.trim() ? directory.searchMunicipalities(query, 12) : [];
  const byPrefecture =
    directory && prefecture ? directory.municipalitiesOfPrefecture(prefecture) : [];
  const byPostcode =
    directory && postcodeResult.state === 'found'
      ? postcodeResult.codes.flatMap((code) => directory.findMunicipalityByCode(code) ?? [])
      : [];
  const chosen = value ? directory?.findMunicipalityByCode(value) : undefined;
  const results = byPostcode.length > 0 ? byPostcode : byName.length > 0 ? byName : byPrefecture;

  return (
    <div className="picker">
      {chosen && (
        <p className="picker__chosen" role="status">
          {t('cityPicker.chosen', { name: label(chosen) })}
        </p>
      )}
      <TextField
        id={id}
        label={t('cityPicker.search')}
        hint={t('cityPicker.searchHint')}
        value={query}
        error={error}
        autoComplete="off"
        onValueChange={(text) => {
          setQuery(text);
          setPostcodeResult({ state: 'idle' });
        }}
      />
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t('cityPicker.prefecture')}
        </label>
        <select
          id={selectId}
          className="field__input"
          value={prefecture}
          onChange={(event) => {
            setPrefecture(event.target.value);
            setQuery('');
            setPostcodeResult({ state: 'idle' });
          }}
        >
          <option value="">{t('cityPicker.prefectureNone')}</option>
          {directory?.listPrefectures().map((pref) => (
            <option key={pref.code} value={pref.code}>
              {pref.name}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label={t('cityPicker.postcode')}
        hint={t('cityPicker.postcodeHint')}
        inputMode="numeric"
        autoComplete="off"
        value={postcode}
        error={
          postcodeResult.state === 'error' ? t(`cityPicker.${postcodeResult.error}`) : undefined
        }
        onValueChange={setPostcode}
      />
      <Button variant="secondary" onClick={() => void findByPostcode()}>
        {t('cityPicker.findByPostcode')}
      </Button>
      {postcodeResult.state === 'found' && postcodeResult.codes.length > 1 && (
        <p role="status">{t('cityPicker.severalForPostcode')}</p>
      )}
      {results.length > 0 && (
        <RadioGroup
          legend={t('cityPicker.results')}
          options={toOptions(results)}
          value={value}
          onValueChange={onChange}
        />
      )}
      {directory && query.trim() !== '' && byName.length === 0 && byPostcode.length === 0 && (
        <p role="status">{t('cityPicker.noMatch')}</p>
      )}
    </div>
  );
}
