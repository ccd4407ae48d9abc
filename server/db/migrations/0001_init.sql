-- Keys each municipality receives sealed applications with. Retired keys stay to decrypt
-- what was sealed to them.
CREATE TABLE municipality_keys (
  kid text PRIMARY KEY,
  municipality_code text NOT NULL,
  public_jwk jsonb NOT NULL,
  private_jwk jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz
);
CREATE INDEX municipality_keys_active ON municipality_keys (municipality_code) WHERE retired_at IS NULL;

CREATE SEQUENCE receipt_seq;

-- Applications as received: the payload stays sealed at rest.
CREATE TABLE applications (
  id uuid PRIMARY KEY,
  idempotency_key text NOT NULL UNIQUE,
  municipality_code text NOT NULL,
  kind text NOT NULL,
  sealed text NOT NULL,
  receipt_number text NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'received',
  received_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX applications_municipality_status ON applications (municipality_code, status);

-- One row per Idempotency-Key: in progress, or done with the response to replay.
CREATE TABLE idempotency_keys (
  key text PRIMARY KEY,
  request_hash text NOT NULL,
  state text NOT NULL CHECK (state IN ('in-progress', 'done')),
  response_status integer,
  response_body jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
