-- Receipt numbers are now random with a check digit (server/store/receipts.ts): one gateway-wide
-- counter let a resident read other residents' (and other cities') traffic off two receipts.
DROP SEQUENCE receipt_seq;

-- Rate-limit counters shared by every API instance on this database. The key is a hash of the
-- address or subject; rows live one window and are deleted by the periodic clean-up.
CREATE TABLE rate_limits (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  reset_at timestamptz NOT NULL
);
CREATE INDEX rate_limits_reset ON rate_limits (reset_at);
