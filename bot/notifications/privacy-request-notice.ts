import type { Outbox } from '../../infra/outbox/outbox.ts';
import { recordPrivacyRequest, type PrivacyRequest } from '../../domain/privacy/privacy-requests.ts';
import { clinicStaff } from '../../domain/users/recipients.ts';
import { buildStaffPrivacyNotice } from '../messages/privacy-messages.ts';

export type PrivacyRequestDeps = { outbox: Outbox; staffPageUrl: string | undefined };

/**
 * A person's PDPA request, asked in the chat or on the «ข้อมูลของฉัน» page: recorded, and Clinic
 * Center staff told of it with its legal deadline. The notice is keyed by the request's number, so
 * asking again while it is open (a second tap, a retried call) tells no one twice.
 */
export async function recordPrivacyRequestForStaff(deps: PrivacyRequestDeps, input: Parameters<typeof recordPrivacyRequest>[0]): Promise<PrivacyRequest> {
  const request = await recordPrivacyRequest(input);
  const staff = await clinicStaff();
  if (staff.length > 0) {
    await deps.outbox.multicast({ dedupeKey: `privacy:${request.number}:staff`, to: staff, messages: buildStaffPrivacyNotice(request, deps.staffPageUrl) });
  }
  return request;
}
