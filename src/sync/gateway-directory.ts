import { gatewayDirectory, saveGatewayDirectory } from '../data';

interface DirectoryBody {
  municipalities: { code: string; servedOnline?: boolean }[];
}

/**
 * Refreshes the phone's copy of which cities the gateway serves online (public data, no
 * sign-in; If-None-Match keeps it to a 304 most days). Offline: the copy stays as it was.
 */
export async function refreshGatewayDirectory(): Promise<void> {
  const current = await gatewayDirectory();
  try {
    const response = await fetch('/api/v1/municipalities', {
      headers: current.etag ? { 'if-none-match': current.etag } : {},
    });
    if (response.status === 304 || !response.ok) return;
    const body = (await response.json()) as DirectoryBody;
    await saveGatewayDirectory({
      etag: response.headers.get('etag') ?? undefined,
      servedOnline: body.municipalities.filter((m) => m.servedOnline).map((m) => m.code),
      fetchedAt: new Date().toISOString(),
    });
  } catch {
    // No network: the copy on the phone is what the app goes by.
  }
}
