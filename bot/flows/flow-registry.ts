import type { AnyFlowDefinition } from './flow-definition.ts';

/** Every conversation flow the bot runs; the active-flow responder dispatches by name. */
export const FLOWS: AnyFlowDefinition[] = [];
