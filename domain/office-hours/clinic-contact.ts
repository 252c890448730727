import { readFileSync } from 'node:fs';
import { z } from 'zod';

export type ClinicContact = { name: string; address: string; phone: string; mapUrl: string; sample: boolean };

const sampleSchema = z.object({ name: z.string(), address: z.string(), phone: z.string(), mapUrl: z.url() });
const SAMPLE_FILE = new URL('../../data/contact/clinic-contact.sample.json', import.meta.url);

/** The contact card's details: configured values, and the shipped sample (marked as such) for any left unset. */
export function clinicContact(configured: { name?: string | undefined; address?: string | undefined; phone?: string | undefined; mapUrl?: string | undefined }): ClinicContact {
  const sample = sampleSchema.parse(JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')));
  const usesSample = !configured.name || !configured.address || !configured.phone || !configured.mapUrl;
  return {
    name: configured.name ?? sample.name,
    address: configured.address ?? sample.address,
    phone: configured.phone ?? sample.phone,
    mapUrl: configured.mapUrl ?? sample.mapUrl,
    sample: usesSample,
  };
}
