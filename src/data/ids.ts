/** Random string ids made on the device; an application's id is its idempotency key. */
export function newId(): string {
  return crypto.randomUUID();
}
