import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Database } from '../db/database';

interface ModelRow {
  payload: AdapterPayload;
  consumed_at: Date | null;
}

const LIVE = '(expires_at IS NULL OR expires_at > now())';

/**
 * oidc-provider's storage in our own database, so sessions, codes and refresh tokens survive a
 * restart and are shared by every API instance.
 */
export function databaseAdapter(db: Database): (model: string) => Adapter {
  return (model) => {
    const findWhere = async (column: 'id' | 'uid' | 'user_code', value: string) => {
      const [row] = await db.query<ModelRow>(
        `SELECT payload, consumed_at FROM oidc_models WHERE model = $1 AND ${column} = $2 AND ${LIVE}`,
        [model, value],
      );
      if (!row) return undefined;
      return row.consumed_at
        ? { ...row.payload, consumed: Math.floor(row.consumed_at.getTime() / 1000) }
        : row.payload;
    };
    return {
      async upsert(id, payload, expiresIn) {
        await db.query(
          `INSERT INTO oidc_models (model, id, payload, grant_id, user_code, uid, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::int IS NULL THEN NULL ELSE now() + make_interval(secs => $7::int) END)
           ON CONFLICT (model, id) DO UPDATE SET payload = EXCLUDED.payload, grant_id = EXCLUDED.grant_id,
             user_code = EXCLUDED.user_code, uid = EXCLUDED.uid, expires_at = EXCLUDED.expires_at`,
          [
            model,
            id,
            JSON.stringify(payload),
            payload.grantId ?? null,
            payload.userCode ?? null,
            payload.uid ?? null,
            Number.isFinite(expiresIn) ? Math.ceil(expiresIn) : null,
          ],
        );
      },
      find: (id) => findWhere('id', id),
      findByUid: (uid) => findWhere('uid', uid),
      findByUserCode: (userCode) => findWhere('user_code', userCode),
      async consume(id) {
        await db.query('UPDATE oidc_models SET consumed_at = now() WHERE model = $1 AND id = $2', [
          model,
          id,
        ]);
      },
      async destroy(id) {
        await db.query('DELETE FROM oidc_models WHERE model = $1 AND id = $2', [model, id]);
      },
      async revokeByGrantId(grantId) {
        await db.query('DELETE FROM oidc_models WHERE grant_id = $1', [grantId]);
      },
    };
  };
}

/** Expired provider state and DPoP replay entries; run now and then. */
export async function deleteExpired(db: Database): Promise<void> {
  await db.query('DELETE FROM oidc_models WHERE expires_at < now()');
  await db.query('DELETE FROM dpop_replay WHERE expires_at < now()');
}
