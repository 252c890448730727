import { Schema, model, type InferSchemaType } from 'mongoose';

const faqLinkSchema = new Schema({ label: { type: String, required: true }, url: { type: String, required: true } }, { _id: false });

/** One FAQ entry as staff manage it; the matcher index is rebuilt from the enabled ones. Usage is logged apart (faq_shows, faq_votes). */
const faqEntrySchema = new Schema(
  {
    faqId: { type: String, required: true, unique: true },
    category: { type: String, required: true },
    question: { type: String, required: true },
    variants: { type: [String], default: [] },
    keywords: { type: [String], default: [] },
    answer: { type: String, required: true },
    links: { type: [faqLinkSchema], default: [] },
    enabled: { type: Boolean, default: true, required: true },
  },
  { timestamps: true },
);

faqEntrySchema.index({ category: 1, faqId: 1 });

export type FaqEntryDocument = InferSchemaType<typeof faqEntrySchema>;
export const FaqEntryModel = model('FaqEntry', faqEntrySchema, 'faq_entries');
