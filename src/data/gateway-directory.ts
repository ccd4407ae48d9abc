import { seedMunicipalities } from '../domain';
import { database } from './db';

/**
 * Which municipalities the gateway takes applications for online, as it last said (the app
 * works offline from this copy). Before the first answer: the seed cities it is known to serve.
 */
export interface GatewayDirectory {
  etag?: string;
  servedOnline: string[];
  fetchedAt?: string;
}

const KEY = 'gateway-directory';

export async function gatewayDirectory(): Promise<GatewayDirectory> {
  const row = await database().settings.get(KEY);
  return (
    (row?.value as GatewayDirectory | undefined) ?? {
      servedOnline: seedMunicipalities.map((m) => m.code),
    }
  );
}

export async function saveGatewayDirectory(directory: GatewayDirectory): Promise<void> {
  await database().settings.put({ key: KEY, value: directory });
}
