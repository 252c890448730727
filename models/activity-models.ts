import { ActivityModel } from './activity.ts';
import { ActivityPlanModel, ActivitySendModel } from './activity-send.ts';
import { ActivityQuestionModel, ActivityRatingModel } from './activity-feedback.ts';
import { SubscriptionModel } from './subscription.ts';

/** The schedule's collections, whose unique indexes (ledger batches, ratings, import keys) must exist before use. */
export const ACTIVITY_MODELS = [ActivityModel, ActivitySendModel, ActivityPlanModel, ActivityRatingModel, ActivityQuestionModel, SubscriptionModel];
