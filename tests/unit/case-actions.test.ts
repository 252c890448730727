import { describe, expect, it } from 'vitest';
import { planCaseAction } from '../../domain/cases/plan-case-action.ts';
import { CASE_ACTIONS } from '../../domain/cases/case-actions.ts';
import { CASE_STATUS_CODES, type CaseStatus } from '../../domain/cases/case-statuses.ts';
import type { CaseActor, CaseCommand, CaseSnapshot } from '../../domain/cases/case-types.ts';

const NOW = new Date('2026-12-10T03:00:00Z');
const rules = { reopenWithinDays: 7, officeExists: (code: string) => ['SAO-1', 'SAO-2', 'CLINIC'].includes(code) };
const reporter: CaseActor = { lineUserId: 'Ureporter', role: 'villager' };
const officer: CaseActor = { lineUserId: 'Uofficer', role: 'officer', officeCode: 'SAO-1', name: 'สมศักดิ์' };
const otherOfficer: CaseActor = { lineUserId: 'Uother', role: 'officer', officeCode: 'SAO-1', name: 'มาลี' };
const foreignOfficer: CaseActor = { lineUserId: 'Uforeign', role: 'officer', officeCode: 'SAO-2' };
const staff: CaseActor = { lineUserId: 'Ustaff', role: 'staff' };

function snapshot(status: CaseStatus, extra: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    ticket: 'CC-2569-00001', kind: 'problem', status, officeCode: 'SAO-1', officeChain: ['SAO-1'], assignee: null,
    reporterLineUserId: 'Ureporter', followers: [], resolvedAt: null, rating: null, priority: 'normal', version: 3, ...extra,
  };
}

const commands: Record<string, CaseCommand> = {
  accept: { action: 'accept' },
  start: { action: 'start' },
  resolve: { action: 'resolve', note: 'เสร็จ', photoIds: ['p'] },
  forward: { action: 'forward', toOfficeCode: 'SAO-2', reason: 'นอกพื้นที่' },
  reject: { action: 'reject', reason: 'ไม่ใช่อำนาจ' },
  cancel: { action: 'cancel' },
  confirm: { action: 'confirm' },
  rate: { action: 'rate', rating: 5 },
  reopen: { action: 'reopen', note: 'ยัง' },
  autoClose: { action: 'autoClose' },
};
const actorFor = (action: string): CaseActor => {
  const by = CASE_ACTIONS[action as keyof typeof CASE_ACTIONS].by;
  return by === 'reporter' ? reporter : by === 'system' ? { lineUserId: undefined, role: 'system' } : officer;
};

describe('case moves as data', () => {
  it('when any action meets any status, then it is allowed exactly where the table says', () => {
    for (const [action, command] of Object.entries(commands)) {
      for (const status of CASE_STATUS_CODES) {
        const plan = planCaseAction(snapshot(status, { resolvedAt: new Date(NOW.getTime() - 86_400_000) }), command, actorFor(action), NOW, rules);
        const legal = (CASE_ACTIONS[action as keyof typeof CASE_ACTIONS].from as readonly string[]).includes(status);
        expect(plan.ok, `${action} from ${status}`).toBe(legal);
        if (plan.ok) expect(plan.move.to).toBe(CASE_ACTIONS[action as keyof typeof CASE_ACTIONS].to);
      }
    }
  });

  it('when someone outside the case acts, then it is forbidden: a villager on office moves, an officer of another office', () => {
    expect(planCaseAction(snapshot('new'), commands.accept!, reporter, NOW, rules)).toEqual({ ok: false, refusal: { code: 'forbidden' } });
    expect(planCaseAction(snapshot('new'), commands.accept!, foreignOfficer, NOW, rules)).toEqual({ ok: false, refusal: { code: 'forbidden' } });
    expect(planCaseAction(snapshot('new'), commands.cancel!, officer, NOW, rules)).toEqual({ ok: false, refusal: { code: 'forbidden' } });
    expect(planCaseAction(snapshot('new'), commands.accept!, staff, NOW, rules).ok).toBe(true);
  });

  it('when the case is taken, then another officer is told who has it and cannot move it on', () => {
    const taken = snapshot('accepted', { assignee: { lineUserId: 'Uofficer', name: 'สมศักดิ์' } });
    expect(planCaseAction(taken, commands.accept!, otherOfficer, NOW, rules)).toEqual({ ok: false, refusal: { code: 'already_taken', by: 'สมศักดิ์' } });
    expect(planCaseAction(taken, commands.start!, otherOfficer, NOW, rules)).toEqual({ ok: false, refusal: { code: 'not_assignee', assignee: 'สมศักดิ์' } });
    expect(planCaseAction(taken, commands.start!, staff, NOW, rules).ok).toBe(true);
  });

  it('when a problem is resolved without a result photo, or forwarded in a loop, or reopened late, then the domain refuses', () => {
    expect(planCaseAction(snapshot('in_progress'), { action: 'resolve', note: 'ok', photoIds: [] }, officer, NOW, rules)).toEqual({ ok: false, refusal: { code: 'needs_result_photo' } });
    expect(planCaseAction(snapshot('in_progress', { kind: 'consultation' }), { action: 'resolve', note: 'ok', photoIds: [] }, officer, NOW, rules).ok).toBe(true);
    const looped = snapshot('forwarded', { officeCode: 'SAO-1', officeChain: ['SAO-2', 'SAO-1'] });
    expect(planCaseAction(looped, commands.forward!, officer, NOW, rules)).toEqual({ ok: false, refusal: { code: 'forward_loop', officeCode: 'SAO-2' } });
    expect(planCaseAction(snapshot('new'), { action: 'forward', toOfficeCode: 'SAO-1', reason: 'x' }, officer, NOW, rules)).toEqual({ ok: false, refusal: { code: 'unknown_office' } });
    const old = snapshot('resolved', { resolvedAt: new Date(NOW.getTime() - 8 * 86_400_000) });
    expect(planCaseAction(old, commands.reopen!, reporter, NOW, rules)).toEqual({ ok: false, refusal: { code: 'reopen_window_passed', days: 7 } });
    expect(planCaseAction(snapshot('closed', { rating: { score: 4 } }), commands.rate!, reporter, NOW, rules)).toEqual({ ok: false, refusal: { code: 'already_rated' } });
  });

  it('when a forward is planned, then the case changes office, drops its assignee and remembers the chain', () => {
    const plan = planCaseAction(snapshot('accepted', { assignee: { lineUserId: 'Uofficer', name: 'สมศักดิ์' } }), commands.forward!, officer, NOW, rules);
    expect(plan).toMatchObject({ ok: true, move: { to: 'forwarded', toOfficeCode: 'SAO-2', set: { officeCode: 'SAO-2', assignee: null, officeChain: ['SAO-1', 'SAO-2'] } } });
  });
});
