import type { CertifiedCopyRequest } from '../domain';
import type { ProblemCode, ServerStatus } from '../domain/api';

export type Id = string;

export interface MemberRecord {
  id: Id;
  createdAt: string;
  updatedAt: string;
  name: string;
  dateOfBirth: string;
  /** Normalised 11 digits, when the person has entered it. */
  residentRecordCode?: string;
  /** The person looked at the slip again and kept a code whose check digit did not match. */
  residentRecordCodeConfirmedDespiteCheck?: boolean;
  /** Normalised 12-digit Individual Number (My Number), only if the person chose to keep it. */
  individualNumber?: string;
}

/** Where an application is on its way: on the phone, then at the municipality. */
export type ApplicationStatus = 'draft' | 'queued' | 'needs-attention' | ServerStatus;

export interface Receipt {
  serverId: string;
  receiptNumber: string;
  receivedAt: string;
}

export interface AttentionReason {
  code: ProblemCode | 'network' | 'too-large';
  fields?: { path: (string | number)[]; reason: string }[];
}

export interface ApplicationRecord {
  id: Id;
  kind: CertifiedCopyRequest['kind'];
  status: ApplicationStatus;
  municipalityCode: string;
  createdAt: string;
  updatedAt: string;
  memberIds: Id[];
  payload: CertifiedCopyRequest;
  receipt?: Receipt;
  attention?: AttentionReason;
}

/**
 * One row per application waiting to be sent. Its id is the application's id, which is also
 * the Idempotency-Key: the server recognises a retry as the same application.
 */
export interface OutboxRecord {
  id: Id;
  municipalityCode: string;
  kind: ApplicationRecord['kind'];
  /** Sealed once and reused on every retry, so a retry is byte-for-byte the same request. */
  sealed?: string;
  attempts: number;
  nextAttemptAt: number;
  createdAt: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
