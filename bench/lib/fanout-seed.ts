import { LineUserModel } from '../../models/line-user.ts';
import { SubscriptionModel } from '../../models/subscription.ts';
import { bucketOf } from '../../domain/subscriptions/subscription-store.ts';
import type { OfficeDirectory } from '../../domain/offices/office-directory.ts';
import { fanoutUserId } from './fanout-ids.ts';

const CHUNK = 5_000;
export const OFFICERS = 300;

/**
 * `count` recipients: the first 300 officers of the local offices (subscribed by default), the
 * rest villagers spread over the province's sub-districts and districts, a third with one topic.
 * One staff member (index `count`) reads the report.
 */
export async function seedRecipients(count: number, offices: OfficeDirectory): Promise<{ staff: string }> {
  const local = offices.all().filter((office) => office.kind === 'local' && office.subdistrictCodes.length > 0);
  const places = local.flatMap((office) => office.subdistrictCodes.map((code) => ({ districtCode: code.slice(0, 4), subdistrictCode: code })));
  const officers = Array.from({ length: Math.min(OFFICERS, count) }, (_, i) => ({ lineUserId: fanoutUserId(i), role: 'officer', officeCode: local[i % local.length]!.code, active: true }));
  await LineUserModel.insertMany(officers);
  const staff = fanoutUserId(count);
  await LineUserModel.create({ lineUserId: staff, role: 'staff', active: true });
  for (let start = officers.length; start < count; start += CHUNK) {
    const docs = [];
    for (let i = start; i < Math.min(count, start + CHUNK); i++) {
      const place = places[i % places.length]!;
      const area = i % 4 === 0 ? { districtCode: place.districtCode } : place;
      const topics = i % 3 === 0 ? [['environment', 'law', 'public-health'][i % 9 === 0 ? 0 : i % 9 === 3 ? 1 : 2]!] : [];
      const lineUserId = fanoutUserId(i);
      docs.push({ lineUserId, status: 'active', area, topics, bucket: bucketOf(lineUserId) });
    }
    await SubscriptionModel.insertMany(docs, { lean: true });
  }
  return { staff };
}
