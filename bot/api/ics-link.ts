/** The public address of an activity's `.ics` file, or undefined when the service has no public address. */
export function calendarLink(publicBaseUrl: string | undefined): ((activityId: string) => string) | undefined {
  const base = publicBaseUrl?.replace(/\/+$/, '');
  return base ? (activityId) => `${base}/calendar/activities/${activityId}.ics` : undefined;
}
