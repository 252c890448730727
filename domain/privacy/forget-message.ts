import { InboxEventModel } from '../../models/inbox-event.ts';
import { forgetQuestionsFromEvents } from '../knowledge-base/faq-feedback.ts';
import { collection } from './personal-data.ts';

const UNSENT = '[ข้อความนี้ถูกยกเลิกโดยผู้ส่ง]';

/**
 * LINE's unsend: every copy of the message's text goes — the stored event, the question it left
 * for staff, what the bot remembers of it, a half-filed case that used it, and its line in a case
 * or consultation history. Returns how many places held it.
 */
export async function forgetMessage(input: { messageId: string; lineUserId: string | undefined }): Promise<number> {
  const carriers = await InboxEventModel.find({ 'payload.message.id': input.messageId }, { webhookEventId: 1, payload: 1 }).lean();
  const text = carriers.map((carrier) => (carrier.payload as { message?: { text?: string } }).message?.text).find(Boolean);
  const eventIds = carriers.map((carrier) => carrier.webhookEventId);
  await InboxEventModel.updateMany({ 'payload.message.id': input.messageId }, { $set: { 'payload.message': { id: input.messageId, type: 'unsent' } } });
  await forgetQuestionsFromEvents(eventIds);
  let places = carriers.length;
  const keys = eventIds.map((id) => `event:${id}`);
  const cases = collection('cases');
  for (const stored of await cases.find({ 'history.requestKey': { $in: keys } }, { projection: { history: 1 } }).toArray()) {
    const history = (stored.history as { requestKey?: string; note?: string }[]).map((step) => (step.requestKey && keys.includes(step.requestKey) ? { ...step, note: UNSENT } : step));
    places += (await cases.updateOne({ _id: stored._id }, { $set: { history } })).modifiedCount;
  }
  places += (await collection('activity_questions').deleteMany({ requestKey: { $in: keys } })).deletedCount;
  if (text && input.lineUserId) places += await forgetText(text, input.lineUserId);
  return places;
}

async function forgetText(text: string, lineUserId: string): Promise<number> {
  let places = (await collection('conversation_states').deleteMany({ lineUserId, 'data.question': text })).deletedCount;
  const flows = await collection('flow_states').find({ lineUserId }).toArray();
  // A flow holding the text (a case description being typed) starts over rather than keep it.
  for (const flow of flows) if (JSON.stringify(flow.state).includes(JSON.stringify(text).slice(1, -1))) places += (await collection('flow_states').deleteOne({ _id: flow._id })).deletedCount;
  places += (await collection('cases').updateMany({ reporterLineUserId: lineUserId, description: text }, { $set: { description: UNSENT } })).modifiedCount;
  return places;
}
