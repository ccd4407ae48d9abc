import type { ApplicationKind, DraftPayload } from '../domain';
import type { ProblemCode, SealingJwk, ServerStatus } from '../domain/api';
import type { SealedField } from './vault/field-cipher';

export type Id = string;

/** A household member as screens see it, after the vault opened the row. */
export interface MemberRecord {
  id: Id;
  createdAt: string;
  updatedAt: string;
  name: string;
  /** The reading of `name` in full-width katakana (normalised from hiragana too). */
  furigana?: string;
  dateOfBirth: string;
  /** Not a Japanese national: papers then ask for the residence card name and nationality. */
  foreignResident?: boolean;
  /** Latin capitals, exactly as on the residence card (foreign residents). */
  residenceCardName?: string;
  /** 通称: a registered alias some foreign residents use on papers. */
  alias?: string;
  /** As the resident record has it; optional, asked by few papers. */
  sex?: 'female' | 'male';
  /** Normalised 11 digits, when the person has entered it. */
  residentRecordCode?: string;
  /**
   * The person looked at the slip again and kept a code whose check digit did not match. A code
   * kept past that warning without this is shown as "not checked" until they confirm it.
   */
  residentRecordCodeConfirmedDespiteCheck?: boolean;
  /** Normalised 12-digit Individual Number (My Number), only if the person chose to keep it. */
  individualNumber?: string;
}

/** The personal part of a member, sealed as one field. */
export type MemberFields = Omit<MemberRecord, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * A member as stored: only the id and timestamps are clear. Rows written by schema version 1
 * (before the vault) carry the fields in clear until the vault is set up and seals them.
 */
export type StoredMember = Pick<MemberRecord, 'id' | 'createdAt' | 'updatedAt'> &
  ({ sealed: SealedField } | (MemberFields & { sealed?: undefined }));

/** Where an application is on its way: on the phone, then at the municipality. */
export type ApplicationStatus = 'draft' | 'queued' | 'needs-attention' | ServerStatus;

/** Issued by the municipality: no personal value, so the runner can record it while locked. */
export interface Receipt {
  serverId: string;
  receiptNumber: string;
  receivedAt: string;
}

/** Why sending stopped, as codes the app translates; never the person's values. */
export interface AttentionReason {
  code: ProblemCode | 'network' | 'too-large';
  fields?: { path: (string | number)[]; reason: string }[];
}

interface ApplicationClear {
  id: Id;
  kind: ApplicationKind;
  status: ApplicationStatus;
  municipalityCode: string;
  createdAt: string;
  updatedAt: string;
  receipt?: Receipt;
  attention?: AttentionReason;
}

export interface ApplicationFields {
  memberIds: Id[];
  /**
   * The answers. Whole and valid (`applicationPayloadSchema`) once queued; while a draft, the
   * answers given so far. Typed as a draft everywhere: screens show what is there.
   */
  payload: DraftPayload;
}

export type ApplicationRecord = ApplicationClear & ApplicationFields;

export type StoredApplication = ApplicationClear &
  ({ sealed: SealedField } | (ApplicationFields & { sealed?: undefined }));

/**
 * One row per application waiting to be sent. Its id is the application's id, which is also
 * the Idempotency-Key: the server recognises a retry as the same application.
 */
/** Why the last try of an outbox item did not get through. */
export type RetryCause =
  | 'network'
  | 'server-error'
  | 'rate-limited'
  | 'in-progress'
  | 'no-key'
  | 'signed-out'
  | 'local';

export interface OutboxRecord {
  id: Id;
  municipalityCode: string;
  kind: ApplicationRecord['kind'];
  /**
   * The payload sealed to the municipality's key (compact JWE), written in the same transaction
   * as the queued status, and reused on every retry so a retry is byte-for-byte the same request.
   * Absent only when no key of the municipality was known when it was queued (offline on first
   * use): the runner then seals it once the vault is open and a key is fetched.
   */
  sealed?: string;
  attempts: number;
  nextAttemptAt: number;
  /** Kept with the item (not only in this tab's memory), so the reason survives a reload. */
  lastRetryCause?: RetryCause;
  createdAt: string;
}

/** One status the municipality reported, for the application's timeline. */
export interface TimelineEntry {
  /** `${applicationId}:${status}:${at}`: applying the same change twice writes it once. */
  id: string;
  applicationId: Id;
  status: ServerStatus;
  at: string;
  /** The clerk's reason for a refusal: free text, so sealed like every personal field. */
  reason?: SealedField;
}

/** A municipality's current public keys, kept so applications can be sealed offline. */
export interface SealingKeyRecord {
  municipalityCode: string;
  keys: SealingJwk[];
  fetchedAt: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * A photo (of ID) that travels with an application. The photo itself is personal, so it is
 * sealed with the vault key; only the ids, media type and size are clear.
 */
export interface StoredPhoto {
  id: Id;
  applicationId: Id;
  mediaType: string;
  size: number;
  createdAt: string;
  /** The photo's bytes, sealed with the vault key (table `photos` and the id as additional data). */
  sealed: SealedField;
  /**
   * Once queued: the photo sealed to the municipality (compact JWE bytes; an ArrayBuffer, never
   * a Blob: Safari) and the sha256 (hex) that names it on the server. Written in the queueing
   * transaction and reused on every retry; removed when the receipt is recorded.
   */
  forCity?: { bytes: ArrayBuffer; sha256: string; uploaded: boolean };
}

/** What a screen may show about a photo: never its bytes. */
export interface PhotoSummary {
  id: Id;
  mediaType: string;
  size: number;
}
