/** Why the vault refused; the UI translates the name, nothing else is ever shown. */
export type VaultErrorCode =
  | 'tampered'
  | 'wrong-passphrase'
  | 'locked'
  | 'unsupported-wrap'
  | 'no-vault'
  | 'already-set-up'
  | 'passphrase-too-short'
  | 'passkey-unavailable'
  | 'passkey-cancelled'
  | 'last-unlock-method';

export class VaultError extends Error {
  constructor(readonly code: VaultErrorCode) {
    super(code);
    this.name = 'VaultError';
  }
}
