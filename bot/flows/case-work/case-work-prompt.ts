import type { messagingApi } from '@line/bot-sdk';
import type { ChatContext } from '../../conversation/responder.ts';
import { findCase } from '../../../domain/cases/case-repository.ts';
import {
  buildForwardPrompt,
  buildNotePrompt,
  buildOfficePickPrompt,
  buildReasonPrompt,
  buildResolveNotePrompt,
  buildResultPhotoPrompt,
} from '../../messages/case-work-messages.ts';
import { nextWorkStep, type CaseWorkState } from './case-work-state.ts';
import type { Office } from '../../../domain/offices/office-directory.ts';

/** The question for the case-work flow's current step; with `districtCode`, that district's offices. */
export async function promptForWork(context: ChatContext & { flowId: string }, state: CaseWorkState, districtCode?: string): Promise<messagingApi.Message[]> {
  const flow = { flowId: context.flowId, ticket: state.ticket };
  switch (nextWorkStep(state)) {
    case 'note':
      return buildResolveNotePrompt(flow);
    case 'photo':
      return buildResultPhotoPrompt(flow);
    case 'reason':
      return buildReasonPrompt(flow, state.task === 'reject' ? 'reject' : 'forward');
    case 'notes':
      return buildNotePrompt(flow, state.added);
    case 'office':
    case 'ready':
      return forwardPrompt(context, flow, state, districtCode);
  }
}

async function forwardPrompt(context: ChatContext, flow: { flowId: string; ticket: string }, state: CaseWorkState, districtCode: string | undefined): Promise<messagingApi.Message[]> {
  const cases = context.services.cases;
  const [offices, areas, stored] = await Promise.all([cases.offices(), cases.areas(), findCase(state.ticket)]);
  const here = stored?.officeCode;
  const notHere = (office: Office) => office.code !== here;
  if (districtCode) {
    const district = areas.district(districtCode);
    if (district) return buildOfficePickPrompt(flow, district, offices.all().filter((office) => office.districtCode === districtCode && notHere(office)));
  }
  const sameDistrict = stored?.area?.districtCode ?? offices.byCode(here ?? '')?.districtCode;
  const likely = [offices.clinic(), offices.pao(), ...offices.all().filter((office) => office.kind === 'local' && office.districtCode === sameDistrict)]
    .filter((office): office is Office => office !== undefined && notHere(office));
  return buildForwardPrompt(flow, likely, areas.districts);
}
