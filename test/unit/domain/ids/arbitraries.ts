import fc from 'fast-check';

export function digitString(length: number): fc.Arbitrary<string> {
  return fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((digits) => digits.join(''));
}

/** What people type or paste between digit groups. */
export const SEPARATORS = [
  ' ',
  '\u3000',
  '\t',
  '-',
  '－',
  '‐',
  '‑',
  '‒',
  '–',
  '—',
  '―',
  '−',
  'ー',
  'ｰ',
  '﹣',
];

export function toFullWidth(character: string): string {
  return String.fromCharCode(character.charCodeAt(0) + 0xfee0);
}

/** The same characters, some made full-width, with separators sprinkled between them. */
export function asTyped(value: string): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.boolean(), fc.constantFrom('', '', ...SEPARATORS)), {
      minLength: value.length,
      maxLength: value.length,
    })
    .map((choices) =>
      [...value]
        .map((character, index) => {
          const [wide, separator] = choices[index] ?? [false, ''];
          return `${separator}${wide ? toFullWidth(character) : character}`;
        })
        .join(''),
    );
}
