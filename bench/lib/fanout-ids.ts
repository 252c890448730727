/** The bench's LINE user ids: U and the person's number in 32 hex digits, so a delivery names its person. */
export function fanoutUserId(index: number): string {
  return `U${index.toString(16).padStart(32, '0')}`;
}
