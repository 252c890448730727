/**
 * The PDPA gives a data controller 30 days to answer a request. Alone in a module without database
 * imports, so the staff page states the same figure the server counts the deadline with.
 */
export const PDPA_RESPONSE_DAYS = 30;
