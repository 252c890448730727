/**
 * Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2): the fields of a service and of a service
 * request, in the order the specification lists them. The tests check every response against these.
 */
export const SERVICE_FIELDS = ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group'] as const;
export const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
] as const;

export type Open311Service = Record<(typeof SERVICE_FIELDS)[number], string | boolean>;
export type Open311Request = Record<(typeof REQUEST_FIELDS)[number], string | number>;
export type Open311Error = { code: number; description: string };
