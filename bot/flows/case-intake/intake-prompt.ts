import type { messagingApi } from '@line/bot-sdk';
import type { ChatContext } from '../../conversation/responder.ts';
import { findCategory } from '../../../domain/cases/categories.ts';
import { routeCase } from '../../../domain/cases/routing.ts';
import { addDays } from '../../../domain/time/thai-time.ts';
import { applyIntakeAnswer, nextIntakeStep, type IntakeState } from '../../../domain/cases/intake/intake-state.ts';
import {
  buildCategoryPrompt,
  buildContactDetailsPrompt,
  buildContactPrompt,
  buildDescribePrompt,
  buildDistrictPrompt,
  buildKindPrompt,
  buildLocationPrompt,
  buildPhotosPrompt,
  buildSubdistrictPrompt,
} from '../../messages/case-intake-messages.ts';
import { buildDraftSummary, buildDuplicatesPrompt, type DraftSummary } from '../../messages/case-draft-messages.ts';

/**
 * The question for the first field still missing. Two steps look things up: the duplicate check
 * (skipped when nothing similar is open) and the summary (which office would take it, by when).
 */
export async function promptFor(context: ChatContext, flowId: string, state: IntakeState): Promise<{ state: IntakeState; messages: messagingApi.Message[] }> {
  const flow = { flowId };
  const cases = context.services.cases;
  const step = nextIntakeStep(state);
  const ask = (messages: messagingApi.Message[]) => ({ state, messages });
  switch (step) {
    case 'kind':
      return ask(buildKindPrompt(flow));
    case 'category':
      return ask(buildCategoryPrompt(flow, state.kind!));
    case 'describe':
      return ask(buildDescribePrompt(flow, state.kind!));
    case 'photos':
      return ask(buildPhotosPrompt(flow, state.photoIds.length));
    case 'location':
      return ask(buildLocationPrompt(flow));
    case 'subdistrict': {
      const district = (await cases.areas()).district(state.pickedDistrict!);
      return ask(district ? buildSubdistrictPrompt(flow, district) : buildDistrictPrompt(flow, (await cases.areas()).districts));
    }
    case 'contact':
      return ask(buildContactPrompt(flow));
    case 'contact-details':
      return ask(buildContactDetailsPrompt(flow));
    case 'duplicates': {
      const found = await cases.duplicates({ category: state.category!, area: state.area ?? null, location: state.location, excludeReporter: context.lineUserId });
      if (found.length === 0) return promptFor(context, flowId, applyIntakeAnswer(state, { type: 'duplicates-seen' }));
      const viewer = { lineUserId: context.lineUserId, role: 'villager' as const };
      const views = await Promise.all(found.map((stored) => cases.view(stored, viewer)));
      return ask(buildDuplicatesPrompt(flow, views, context.services.photoUrl));
    }
    case 'confirm':
      return ask(buildDraftSummary(flow, await draftOf(context, state)));
  }
}

export async function draftOf(context: ChatContext, state: IntakeState): Promise<DraftSummary> {
  const cases = context.services.cases;
  const [offices, areas] = await Promise.all([cases.offices(), cases.areas()]);
  const category = findCategory(state.category!)!;
  const routing = routeCase({ category, area: state.area ?? null, outsideProvince: state.outsideProvince }, offices);
  const sub = state.area ? areas.subdistrict(state.area.subdistrictCode) : undefined;
  const district = sub ? areas.district(sub.districtCode) : undefined;
  const place = sub && district
    ? `ต.${sub.name} อ.${district.name}`
    : state.outsideProvince ? 'นอกจังหวัด (ศูนย์ฯ จะช่วยประสาน)' : state.location?.address ?? 'ไม่ระบุพื้นที่';
  return {
    categoryName: category.name,
    description: state.description!,
    photoCount: state.photoIds.length,
    place,
    officeName: offices.byCode(routing.officeCode)?.name ?? routing.officeCode,
    dueAt: addDays(cases.now(), category.slaDays),
    contact: state.contact ?? null,
  };
}
