import { Schema, model, type InferSchemaType, Types } from 'mongoose';
import { CASE_PRIORITIES, CASE_STATUS_CODES } from '../domain/cases/case-statuses.ts';

const actorSchema = new Schema(
  { lineUserId: { type: String }, role: { type: String, required: true }, name: { type: String } },
  { _id: false },
);

/** One step of the audit trail: append-only, never edited. */
const historyEntrySchema = new Schema(
  {
    at: { type: Date, required: true },
    actor: { type: actorSchema, required: true },
    action: { type: String, required: true },
    from: { type: String },
    to: { type: String },
    note: { type: String },
    photoIds: { type: [Types.ObjectId], default: [] },
    fromOfficeCode: { type: String },
    toOfficeCode: { type: String },
    /** The event or request that made this step, so a retry recognises it instead of repeating it. */
    requestKey: { type: String },
  },
  { _id: false },
);

const caseSchema = new Schema(
  {
    /** CC-<Buddhist year>-<5 digits>, from an atomic counter. */
    ticket: { type: String, required: true, unique: true },
    /** Makes filing idempotent: the same webhook event or API request files one case. */
    requestKey: { type: String, required: true, unique: true },
    kind: { type: String, enum: ['problem', 'consultation'], required: true },
    category: { type: String, required: true },
    description: { type: String, required: true },
    photoIds: { type: [Types.ObjectId], default: [] },
    location: { type: new Schema({ latitude: Number, longitude: Number, address: String }, { _id: false }), default: null },
    area: { type: new Schema({ districtCode: String, subdistrictCode: String }, { _id: false }), default: null },
    outsideProvince: { type: Boolean, default: false },
    officeCode: { type: String, required: true },
    /** Every office the case has been with, to refuse forwarding loops. */
    officeChain: { type: [String], default: [] },
    routingReason: { type: String },
    assignee: { type: actorSchema, default: null },
    reporterLineUserId: { type: String, required: true },
    /** Given only with consent (PDPA) and shown only to the office that handles the case. */
    contact: { type: new Schema({ name: String, phone: String, consentAt: Date }, { _id: false }), default: null },
    /** When the retention job removed the contact details of this closed case (PDPA); the report counts them. */
    anonymisedAt: { type: Date },
    followers: { type: [String], default: [] },
    status: { type: String, enum: CASE_STATUS_CODES, required: true },
    priority: { type: String, enum: CASE_PRIORITIES, default: 'normal' },
    /** People who said «แจ้งด้วยอีกคน»: the same problem reported again raises its priority. */
    supporters: { type: Number, default: 0 },
    dueAt: { type: Date, required: true },
    acceptedAt: { type: Date },
    resolvedAt: { type: Date },
    closedAt: { type: Date },
    escalatedAt: { type: Date },
    /** The day the deadline job escalated it, so a re-run of that day tells staff again instead of losing it. */
    escalationPeriod: { type: String },
    resolution: { type: new Schema({ note: String, photoIds: [Types.ObjectId] }, { _id: false }), default: null },
    rating: { type: new Schema({ score: Number, comment: String, at: Date }, { _id: false }), default: null },
    reopenCount: { type: Number, default: 0 },
    /** `consultation`: a live talk with Clinic Center staff (bot/flows/consultation), its transcript in the history. */
    source: { type: String, enum: ['chat', 'liff', 'staff', 'consultation'], required: true },
    unansweredQuestionId: { type: String },
    /** A mobile-unit visit the case was opened for in advance: the visit's team sees it on its page. */
    activityId: { type: String },
    /** Optimistic concurrency: every change matches and bumps it, so two taps cannot both win. */
    version: { type: Number, default: 0 },
    history: { type: [historyEntrySchema], default: [] },
  },
  { timestamps: true, minimize: false },
);

caseSchema.index({ officeCode: 1, status: 1, dueAt: 1 });
caseSchema.index({ reporterLineUserId: 1, createdAt: -1 });
caseSchema.index({ followers: 1 });
caseSchema.index({ status: 1, dueAt: 1 });
caseSchema.index({ category: 1, status: 1, createdAt: -1 });
caseSchema.index({ createdAt: -1 });
caseSchema.index({ status: 1, createdAt: -1 });
// A prefix of {officeCode, status, dueAt}, kept on purpose: the staff tabs count {officeCode, status}
// (case-queries.ts countStaffCases), and the embedded server answers a count from index sizes only
// when an index's fields are exactly the filter's (db/embedded/storage/planner.ts countFromIndex).
caseSchema.index({ officeCode: 1, status: 1 });
caseSchema.index({ 'area.districtCode': 1, status: 1 });
caseSchema.index({ activityId: 1 });
caseSchema.index({ escalationPeriod: 1 }, { sparse: true });
caseSchema.index({ status: 1, resolvedAt: 1 });

export type CaseDocument = InferSchemaType<typeof caseSchema> & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };
export type CaseHistoryEntry = InferSchemaType<typeof historyEntrySchema>;
export const CaseModel = model('Case', caseSchema, 'cases');

/** Named sequences (one per Buddhist year for tickets), incremented atomically. */
const counterSchema = new Schema({ _id: { type: String, required: true }, seq: { type: Number, default: 0 } }, { versionKey: false });
export const CounterModel = model('Counter', counterSchema, 'counters');
