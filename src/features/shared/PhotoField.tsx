import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PHOTO_MAX_BYTES } from '../../domain/api/limits';
import { Button } from '../../ui';

/** A photo as a screen lists it: a name when it was just chosen, its size always. */
export interface PhotoItem {
  id: string;
  name?: string;
  size: number;
}

export function formatSize(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  }).format(Math.max(bytes, 100_000) / 1_000_000);
}

/**
 * The optional "Photo of your ID" input: explains when it is needed, lists what was chosen with
 * a Remove button each, and refuses a file that is too large before reading it.
 */
export function PhotoField({
  photos,
  canAdd,
  error,
  onChoose,
  onRemove,
}: {
  photos: PhotoItem[];
  /** Whether another photo may be chosen; never on a sent application. */
  canAdd: boolean;
  error?: string;
  onChoose?: (file: File) => void;
  /** Absent: the photos are listed without a Remove button (already sent). */
  onRemove?: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const max = formatSize(PHOTO_MAX_BYTES, i18n.language);
  error = tooLarge ? t('photo.tooLarge', { max }) : error;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after Remove) fires again.
    if (input.current) input.current.value = '';
    if (!file) return;
    setTooLarge(file.size > PHOTO_MAX_BYTES);
    if (file.size <= PHOTO_MAX_BYTES) onChoose?.(file);
  }

  return (
    <div className="field">
      {canAdd ? (
        <label className="field__label" htmlFor={id}>
          {t('photo.label')}
        </label>
      ) : (
        <p className="field__label">{t('photo.label')}</p>
      )}
      <span className="field__hint" id={`${id}-hint`}>
        {t('photo.hint', { max })}
      </span>
      {error && (
        <span className="field__error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
      {photos.length > 0 && (
        <ul className="photo-list" aria-label={t('photo.chosen')}>
          {photos.map((photo, index) => {
            const size = formatSize(photo.size, i18n.language);
            const label = photo.name ?? t('photo.numbered', { n: index + 1 });
            return (
              <li key={photo.id}>
                <span>{t('photo.item', { name: label, size })}</span>{' '}
                {onRemove && (
                  <Button
                    variant="secondary"
                    aria-label={t('photo.removeNamed', { name: label })}
                    onClick={() => onRemove(photo.id)}
                  >
                    {t('photo.remove')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {canAdd && (
        <input
          ref={input}
          id={id}
          type="file"
          accept="image/*"
          className="field__input"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={onChange}
        />
      )}
    </div>
  );
}
