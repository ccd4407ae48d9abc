import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { fetchKey, sealTo } from '../../helpers/sealing';
import { sampleRequest } from '../../helpers/samples';
import { call, type Session } from './sign-in';

export interface Submission {
  municipalityCode: string;
  kind: string;
  sealed: string;
}

/** A valid sealed submission of the sample request to a municipality. */
export async function sealedSubmission(
  baseUrl: string,
  municipalityCode = '131059',
  payload: object = {},
): Promise<Submission> {
  const key = await fetchKey(baseUrl, municipalityCode);
  const sealed = await sealTo(key, { ...sampleRequest, municipalityCode, ...payload });
  return { municipalityCode, kind: 'certified-copy', sealed };
}

export function post(
  baseUrl: string,
  session: Session,
  body: unknown,
  key: string | null = randomUUID(),
): Promise<Response> {
  return call(baseUrl, session, 'POST', '/api/v1/applications', {
    body: JSON.stringify(body),
    headers: key === null ? {} : { 'idempotency-key': key },
  });
}

/** Submits and returns the receipt; throws unless it was created. */
export async function submitted(
  baseUrl: string,
  session: Session,
  municipalityCode = '131059',
): Promise<{ id: string; receiptNumber: string }> {
  const response = await post(baseUrl, session, await sealedSubmission(baseUrl, municipalityCode));
  if (response.status !== 201) throw new Error(`submission refused: ${response.status}`);
  return (await response.json()) as { id: string; receiptNumber: string };
}

export async function transition(
  baseUrl: string,
  clerk: Session,
  id: string,
  body: { to: string; reason?: string },
): Promise<Response> {
  return call(baseUrl, clerk, 'POST', `/api/v1/clerk/applications/${id}/transitions`, {
    body: JSON.stringify(body),
  });
}

/** Asserts an RFC 9457 problem+json answer with this status and stable code; returns it. */
export async function expectProblem(
  response: Response,
  status: number,
  code: string,
): Promise<Record<string, unknown>> {
  const body = (await response.json()) as Record<string, unknown>;
  expect({ status: response.status, code: body.code }).toEqual({ status, code });
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(body).toMatchObject({ type: `urn:madoguchi:problem:${code}`, status, code });
  expect(typeof body.title).toBe('string');
  return body;
}
