import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { gatewayDirectory } from '../../data';
import { refreshGatewayDirectory } from '../../sync';

/** Whether the gateway takes applications for this city online; undefined while reading. */
export function useServedOnline(code: string | undefined): boolean | undefined {
  useEffect(() => {
    void refreshGatewayDirectory();
  }, []);
  return useLiveQuery(
    async () => (code ? (await gatewayDirectory()).servedOnline.includes(code) : false),
    [code],
  );
}
