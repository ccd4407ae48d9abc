// Limits the app checks before anything is sealed: no zod here, so the start-up screens that
// show a photo field can import them without bringing the API schemas along.

/** At most this many photos travel with one application. */
export const MAX_ATTACHMENTS = 4;
/** The server takes sealed attachments up to 10 MiB (`PUT /attachments`). */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/**
 * The largest photo the app accepts. Sealing writes it as base64 in a compact JWE (4/3 the size,
 * plus a header), so 7 MiB is the round size whose seal still fits ATTACHMENT_MAX_BYTES.
 */
export const PHOTO_MAX_BYTES = 7 * 1024 * 1024;
