import { Schema, model, type InferSchemaType } from 'mongoose';

export const OFFICE_KINDS = ['local', 'pao', 'clinic'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/**
 * A local office (อบต. or เทศบาล) and the sub-districts it serves, or the province's own
 * offices: the อบจ. and its Clinic Center. Imported from the province's list; cases route here.
 */
const officeSchema = new Schema(
  {
    code: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    kind: { type: String, enum: OFFICE_KINDS, required: true },
    districtCode: { type: String, required: true },
    subdistrictCodes: { type: [String], default: [] },
    location: { type: new Schema({ latitude: { type: Number, required: true }, longitude: { type: Number, required: true } }, { _id: false }), default: null },
    phone: { type: String },
    active: { type: Boolean, default: true },
  },
  { timestamps: true },
);

officeSchema.index({ subdistrictCodes: 1 });

export type OfficeDocument = InferSchemaType<typeof officeSchema>;
export const OfficeModel = model('Office', officeSchema, 'offices');

/** The served province and its outline: one document, written with the office list. */
const provinceSettingSchema = new Schema(
  {
    _id: { type: String, default: 'province' },
    provinceCode: { type: String, required: true },
    /** [latitude, longitude] vertices. */
    outline: { type: Schema.Types.Mixed, default: [] },
    sample: { type: Boolean, default: false },
  },
  { timestamps: true },
);

export const ProvinceSettingModel = model('ProvinceSetting', provinceSettingSchema, 'province_settings');
