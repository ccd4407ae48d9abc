import { useId, useState } from 'react';

interface FileInputProps {
  label: string;
  hint?: string;
  /** The button's text in the app's language (the browser's own says "Choose File" in its). */
  buttonText: string;
  noFileText: string;
  accept?: string;
  onFile: (file: File | undefined) => void;
}

/** A file picker that looks like the app's buttons and speaks the app's language. */
export function FileInput({ label, hint, buttonText, noFileText, accept, onFile }: FileInputProps) {
  const id = useId();
  const [name, setName] = useState<string>();
  return (
    <div className="field">
      <span className="field__label" id={`${id}-label`}>
        {label}
      </span>
      {hint && (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <div className="file-input">
        <label className="btn btn--secondary file-button">
          <span id={`${id}-button`}>{buttonText}</span>
          <input
            type="file"
            className="visually-hidden"
            accept={accept}
            aria-labelledby={`${id}-label ${id}-button`}
            aria-describedby={[hint ? `${id}-hint` : '', `${id}-chosen`].filter(Boolean).join(' ')}
            onChange={(event) => {
              const file = event.target.files?.[0];
              setName(file?.name);
              onFile(file);
            }}
          />
        </label>
        {/* The file's name is shown to the person only, never logged or stored. */}
        <span className="meta file-input__chosen" id={`${id}-chosen`} aria-live="polite">
          {name ?? noFileText}
        </span>
      </div>
    </div>
  );
}
