import { validateApplication } from '../domain';
import { ApplicationError, getApplication, queueForSending } from '../data';
import type { ApiTransport } from './api-client';
import { sealPhotosOf } from './attachments';
import { sealPayload } from './seal';
import { currentSealingKey, ENQUEUE_KEY_TIMEOUT_MS } from './sealing';

/**
 * The person tapped "Send": seal the application and its photos to its municipality (the vault
 * is open, they are acting) and queue the sealed bytes with the queued status in one
 * transaction. Without any key of the municipality (offline, first time) it is queued unsealed
 * and the runner seals it once a key can be fetched while the vault is open. The outbox never
 * holds the plaintext.
 */
export async function enqueue(
  transport: ApiTransport,
  id: string,
  now = Date.now(),
): Promise<void> {
  const app = await getApplication(id);
  if (!app) throw new ApplicationError('not-found');
  if (app.status !== 'draft' && app.status !== 'needs-attention') return;
  // Only a whole, valid application leaves the phone; a draft with gaps goes back to its wizard.
  const problems = validateApplication(app.payload);
  if (problems.length > 0) throw new ApplicationError('invalid-answers', problems);
  const key = await currentSealingKey(transport, app.municipalityCode, ENQUEUE_KEY_TIMEOUT_MS);
  const sealed = key && (await sealPayload(app.payload, key));
  const photos = key ? await sealPhotosOf(id, key) : [];
  await queueForSending(id, sealed, now, photos);
}
