import type { IsoDate } from '../../calendar/iso-date';
import type { ApplicationKind } from '../../application-kind';
import type { Municipality } from '../../municipalities/municipality';
import { moneyOrdersFor, type MoneyOrderPlan } from '../../payment/money-orders';
import { letterPostageYen } from '../../payment/postage';

export type FeeQuote =
  | { kind: 'none' }
  | { kind: 'known'; perDocumentYen: number; documents: number; totalYen: number; source: string }
  | { kind: 'unknown' };

export interface Costs {
  fee: FeeQuote;
  /** Money orders for the fee, when the fee is known, above zero and orders are not refused. */
  moneyOrders: MoneyOrderPlan | null;
  /** Postage for the letter to city hall (a standard letter) and, when needed, the return. */
  postage: { outgoingYen: number; returnEnvelopeYen: number | null };
  /** Fee + money order purchase + postage, or `null` while the fee is unknown. */
  totalYen: number | null;
}

export function feeQuote(
  kind: ApplicationKind,
  documents: number,
  municipality: Municipality | null,
): FeeQuote {
  const fee = municipality?.feesYen[kind];
  if (!fee?.known) return { kind: 'unknown' };
  if (fee.value === 0) return { kind: 'none' };
  return {
    kind: 'known',
    perDocumentYen: fee.value,
    documents,
    totalYen: fee.value * documents,
    source: fee.source,
  };
}

/** True unless the directory says the city takes payment by mail in other ways only. */
export function moneyOrdersAccepted(municipality: Municipality | null): boolean {
  const methods = municipality?.mailPayment;
  return !methods?.known || methods.value.includes('postal-money-order');
}

export function costsFor(options: {
  fee: FeeQuote;
  municipality: Municipality | null;
  returnEnvelope: boolean;
  expressReturn: boolean;
  on?: IsoDate;
}): Costs {
  const { fee } = options;
  const moneyOrders =
    fee.kind === 'known' && moneyOrdersAccepted(options.municipality)
      ? moneyOrdersFor(fee.totalYen)
      : null;
  const outgoingYen = letterPostageYen({ express: false, on: options.on });
  const returnEnvelopeYen = options.returnEnvelope
    ? letterPostageYen({ express: options.expressReturn, on: options.on })
    : null;
  const purchaseFeeYen = moneyOrders?.ok ? moneyOrders.purchaseFeeYen : 0;
  const totalYen =
    fee.kind === 'unknown'
      ? null
      : (fee.kind === 'known' ? fee.totalYen : 0) +
        purchaseFeeYen +
        outgoingYen +
        (returnEnvelopeYen ?? 0);
  return { fee, moneyOrders, postage: { outgoingYen, returnEnvelopeYen }, totalYen };
}
