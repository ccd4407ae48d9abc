import type { ApplicationKind } from '../application-kind';
import type { Fact } from './fact';

export interface PostalAddress {
  /** 7 digits, no hyphen. */
  postcode: string;
  /** The address as written on an envelope, in Japanese, after the postcode. */
  lines: readonly string[];
}

export interface OfficeHours {
  days: 'weekdays-except-holidays-and-new-year';
  /** 24-hour `HH:MM`, Japan time. */
  opens: string;
  closes: string;
}

export interface Office {
  name: { ja: string; en?: string };
  postalAddress: Fact<PostalAddress>;
  phone: Fact<string>;
  hours: Fact<OfficeHours>;
}

export type MailPaymentMethod = 'postal-money-order' | 'cash-registered-mail' | 'online-card';

/** How long before the planned move, and after moving, a move-out notice is accepted. */
export interface FilingWindowRule {
  beforePlanned: { unit: 'days' | 'months'; amount: number };
  afterMoveDays: number;
}

/** Who may receive a copy that shows the 住民票コード or the 個人番号 when a proxy asks for it. */
export type NumberBearingCopyForProxy = 'mailed-to-person' | 'refused';

export type CodeChangeRequester = 'self' | 'legal-representative' | 'proxy';

export interface WideAreaIssuance {
  feeYen: number;
  hours?: OfficeHours;
}

/** When residents were mailed their 住民票コード slips (per the municipality's own page). */
export interface SlipMailing {
  residents: 'all' | 'foreign';
  /** `YYYY-MM` or `YYYY-MM-DD`, as precise as the source. */
  when: string;
}

export interface Municipality {
  /** 6-digit 全国地方公共団体コード. */
  code: string;
  name: { ja: string; kana: string; en: string };
  prefecture: { code: string; ja: string; en: string };
  /** The office that handles each procedure. */
  offices: Readonly<Record<ApplicationKind, Fact<Office>>>;
  /** Fee per document (per copy for certified copies), in yen. */
  feesYen: Readonly<Record<ApplicationKind, Fact<number>>>;
  /** Whether the municipality takes the procedure by mail at all. */
  acceptedByMail: Readonly<Record<ApplicationKind, Fact<boolean>>>;
  /** Which procedures it accepts online. */
  acceptedOnline: Fact<readonly ApplicationKind[]>;
  mailPayment: Fact<readonly MailPaymentMethod[]>;
  moveOutWindow: Fact<FilingWindowRule>;
  numberBearingCopyForProxy: Fact<NumberBearingCopyForProxy>;
  codeChangeRequesters: Fact<readonly CodeChangeRequester[]>;
  wideAreaIssuance: Fact<WideAreaIssuance>;
  slipMailings: Fact<readonly SlipMailing[]>;
  /** BCP 47 tags of the languages the municipality publishes guides in, besides Japanese. */
  guideLanguages: Fact<readonly string[]>;
}
