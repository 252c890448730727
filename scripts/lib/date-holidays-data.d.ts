/** date-holidays ships no types for its data entry point; this is the part holidays-extract reads. */
declare module 'date-holidays/data' {
  export const data: { version: string; license: string; holidays: Record<string, unknown>; names: Record<string, unknown> };
}
