import { InboxEventModel } from '../../models/inbox-event.ts';
import { OutboxMessageModel } from '../../models/outbox-message.ts';
import { LineUserModel } from '../../models/line-user.ts';
import { ConversationStateModel } from '../../models/conversation-state.ts';
import { FaqEntryModel } from '../../models/faq-entry.ts';
import { UnansweredQuestionModel } from '../../models/unanswered-question.ts';
import { FlowStateModel } from '../../models/flow-state.ts';
import { CaseModel, CounterModel } from '../../models/case.ts';
import { OfficeModel } from '../../models/office.ts';
import { PhotoModel } from '../../models/photo.ts';
import { InviteModel } from '../../models/invite.ts';
import { ConsultationModel } from '../../models/consultation.ts';
import { PrivacyRequestModel } from '../../models/privacy-request.ts';
import { JobRunModel } from '../../models/job-run.ts';
import { ACTIVITY_MODELS } from '../../models/activity-models.ts';

/**
 * Unique indexes are what make the inbox and outbox idempotent, so they must exist before the
 * first webhook is stored; mongoose's background autoIndex gives no such guarantee.
 */
export async function ensureIndexes(): Promise<void> {
  await Promise.all(
    [InboxEventModel, OutboxMessageModel, LineUserModel, ConversationStateModel, FaqEntryModel, UnansweredQuestionModel, FlowStateModel, CaseModel, CounterModel, OfficeModel, PhotoModel, InviteModel, ConsultationModel, PrivacyRequestModel, JobRunModel, ...ACTIVITY_MODELS].map((model) => model.init()),
  );
}
