import type { AnyFlowDefinition } from './flow-definition.ts';
import { caseIntakeFlow } from './case-intake/intake-flow.ts';
import { caseWorkFlow } from './case-work/case-work-flow.ts';
import { subscriptionFlow } from './subscription/subscription-flow.ts';
import { visitQuestionFlow } from './activity-visit/visit-question-flow.ts';
import { consultationFlow } from './consultation/consultation-flow.ts';

/** Every conversation flow the bot runs; the active-flow responder dispatches by name. */
export const FLOWS: AnyFlowDefinition[] = [caseIntakeFlow, caseWorkFlow, subscriptionFlow, visitQuestionFlow, consultationFlow];
