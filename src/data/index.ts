export {
  addMember,
  applicationsNaming,
  codeNotChecked,
  getMember,
  listMembers,
  removeMember,
  updateMember,
} from './members';
export type {
  AddMemberResult,
  MemberInput,
  MemberInputError,
  NewMember,
  UpdateMemberResult,
} from './members';
export {
  checkName,
  NAME_MAX,
  normaliseFurigana,
  normaliseResidenceCardName,
} from './member-fields';
export type { KanaError, LatinNameError, NameError } from './member-fields';
export {
  createDraft,
  deleteDraft,
  updateDraft,
  getApplication,
  listApplications,
  queueForSending,
} from './applications';
export { addPhoto, checkPhoto, listPhotos, PhotoError, removePhoto } from './photos';
export type { NewPhoto, PhotoErrorCode } from './photos';
export { saveOfficeAddress, savedOfficeAddress } from './office-addresses';
export { gatewayDirectory, saveGatewayDirectory } from './gateway-directory';
export type { GatewayDirectory } from './gateway-directory';
export { ApplicationError } from './application-errors';
export type { ApplicationErrorCode } from './application-errors';
export { StorageError } from './storage-errors';
export type { StorageErrorCode } from './storage-errors';
export type * from './records';
export {
  clearAuthState,
  hasSignInSession,
  loadAuthRow,
  loadAuthState,
  saveAuthState,
  saveDpopKeyPair,
} from './auth-state';
export type { AuthState, StoredAuthState, Tokens } from './auth-state';
export { timelineOf } from './timeline';
export type { TimelineItem } from './timeline';
export { VaultError } from './vault/errors';
export type { VaultErrorCode } from './vault/errors';
export { isUnlocked, onKeyChange } from './vault/key-holder';
export {
  addPasskey,
  changeVaultPassphrase,
  lockThisTab,
  lockVault,
  MIN_PASSPHRASE_LENGTH,
  removePasskey,
  setUpVault,
  unlockWaitMs,
  unlockWithPasskey,
  unlockWithPassphrase,
  vaultSummary,
} from './vault/vault';
export type { UnlockResult, VaultSummary } from './vault/vault';
export { passkeysAvailable } from './vault/passkey-wrap';
export { askToPersist, persistenceState } from './persistence';
export type { PersistenceState } from './persistence';
export {
  defaultLockSettings,
  hiddenMinuteChoices,
  idleMinuteChoices,
  readLockSettings,
  saveLockSettings,
} from './lock-settings';
export type { LockSettings } from './lock-settings';
export { isDatabaseOutdated, onDatabaseOutdated } from './db';
export { dismissInstallOffer, installOfferDismissed } from './install-dismissed';

// For the sync engine (src/sync), which moves the outbox, the receipts and the timeline along.
export type { CitySealedPhoto } from './applications';
export type { Clock } from './clock';
export {
  applicationToSeal,
  attachmentsToSend,
  clearUploaded,
  dueOutboxItems,
  makeAllDue,
  markNeedsAttention,
  markUploaded,
  scheduleRetry,
  storeSealed,
} from './outbox';
export { openPhotos } from './photos';
export { cachedSealingKey, rememberSealingKeys } from './sealing-keys';
export {
  countOutbox,
  firstSendable,
  localIdsByServerId,
  municipalitiesNeedingKeys,
  nextSendableAttemptAt,
  outboxEntry,
  recordReceiptOnce,
} from './sync-outbox';
export type { OutboxEntry } from './sync-outbox';
export { applyChanges, changesCursor } from './timeline';
export { requireKey } from './vault/key-holder';
export { wipeEverything } from './wipe';
