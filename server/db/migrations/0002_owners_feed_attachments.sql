-- Applications belong to the signed-in resident who sent them (the token's `sub`). Rows from
-- before sign-in existed get an owner no token can carry, so nobody can read them.
ALTER TABLE applications ADD COLUMN owner_sub text NOT NULL DEFAULT '';
ALTER TABLE applications ALTER COLUMN owner_sub DROP DEFAULT;
ALTER TABLE applications ADD COLUMN reason text;
-- Keyset order for the clerk's list, in order of arrival.
ALTER TABLE applications ADD COLUMN arrival_seq bigint GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX applications_arrival ON applications (arrival_seq);
CREATE INDEX applications_municipality_arrival ON applications (municipality_code, arrival_seq);

-- Each resident's Idempotency-Keys are their own: two residents may use the same string.
ALTER TABLE applications DROP CONSTRAINT applications_idempotency_key_key;
ALTER TABLE applications ADD CONSTRAINT applications_owner_idempotency_key UNIQUE (owner_sub, idempotency_key);
ALTER TABLE idempotency_keys ADD COLUMN owner_sub text NOT NULL DEFAULT '';
ALTER TABLE idempotency_keys ALTER COLUMN owner_sub DROP DEFAULT;
ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey;
ALTER TABLE idempotency_keys ADD PRIMARY KEY (owner_sub, key);

-- The change feed. Each resident has a counter row; taking the next number locks that row until
-- the transaction commits, so one resident's changes commit in sequence order and a reader that
-- has seen number n can never later find a smaller one appear.
CREATE TABLE feed_counters (
  owner_sub text PRIMARY KEY,
  last_seq bigint NOT NULL
);
CREATE TABLE application_changes (
  owner_sub text NOT NULL,
  seq bigint NOT NULL,
  application_id uuid NOT NULL REFERENCES applications (id),
  status text NOT NULL,
  reason text,
  changed_at timestamptz NOT NULL,
  PRIMARY KEY (owner_sub, seq)
);

-- Sealed attachments, addressed by the sha256 of their (sealed) bytes, per owner.
CREATE TABLE attachments (
  owner_sub text NOT NULL,
  sha256 text NOT NULL,
  size integer NOT NULL,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (owner_sub, sha256)
);

-- The development identity provider's state (oidc-provider adapter): sessions, grants, codes,
-- refresh tokens, interactions, DPoP replay entries.
CREATE TABLE oidc_models (
  model text NOT NULL,
  id text NOT NULL,
  payload jsonb NOT NULL,
  grant_id text,
  user_code text,
  uid text,
  expires_at timestamptz,
  consumed_at timestamptz,
  PRIMARY KEY (model, id)
);
CREATE INDEX oidc_models_grant ON oidc_models (grant_id) WHERE grant_id IS NOT NULL;
CREATE INDEX oidc_models_uid ON oidc_models (uid) WHERE uid IS NOT NULL;
CREATE INDEX oidc_models_user_code ON oidc_models (user_code) WHERE user_code IS NOT NULL;
CREATE INDEX oidc_models_expires ON oidc_models (expires_at);

-- Secrets made on first start and kept: the identity provider's signing keys and cookie keys.
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- DPoP proofs seen by the API (jti per key), kept until they would be too old anyway.
CREATE TABLE dpop_replay (
  key text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX dpop_replay_expires ON dpop_replay (expires_at);
