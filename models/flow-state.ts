import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * The flow a person is in (case intake, adding a note, forwarding a case…): one per person, its
 * state typed by the flow that owns it. `expiresAt` ends the flow; the document stays until
 * `purgeAt` so the next message can be told politely that the flow timed out.
 */
const flowStateSchema = new Schema(
  {
    lineUserId: { type: String, required: true, unique: true },
    flow: { type: String, required: true },
    /** Changes with every new flow, so buttons of an earlier one are recognised as stale. */
    flowId: { type: String, required: true },
    state: { type: Schema.Types.Mixed, required: true },
    /** The buttons the flow last offered (label, displayText, postback data), so typing a label does what tapping it does. */
    offered: { type: Schema.Types.Mixed },
    expiresAt: { type: Date, required: true },
    purgeAt: { type: Date, required: true },
  },
  { timestamps: true, minimize: false },
);

flowStateSchema.index({ purgeAt: 1 }, { expireAfterSeconds: 0 });

export type FlowStateDocument = InferSchemaType<typeof flowStateSchema>;
export const FlowStateModel = model('FlowState', flowStateSchema, 'flow_states');
