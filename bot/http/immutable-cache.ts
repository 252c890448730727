/** A file whose name changes with its content (hashed assets, versioned fonts) never changes: caches may keep it a year. */
export const IMMUTABLE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
