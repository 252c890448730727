import express, { Router, type Response } from 'express';
import type { LineEmulator, PersonaRole } from '../../line-emulator/index.ts';
import { randomUserId } from '../../line-emulator/ids.ts';
import { newUserSchema } from '../../line-emulator/routes/control-schemas.ts';

export interface ConsoleOffice {
  code: string;
  name: string;
}

/** Local mode: the bot's own records, so a user the console calls an officer or staff is one in the bot. */
export interface ConsoleRoles {
  /** The offices an officer can work for. */
  offices(): Promise<ConsoleOffice[]>;
  /** Gives the user this role in the bot (officers with their office). */
  assign(userId: string, role: PersonaRole, officeCode: string | undefined): Promise<void>;
}

type FieldError = { property: string; message: string };

/**
 * `offices` and `POST users` for the console's "add user" form. With roles, the role is set in the
 * bot before the user appears, so a failure leaves no half-made user; without, the role is a label.
 */
export function peopleRoutes(emulator: LineEmulator, roles: ConsoleRoles | undefined): Router {
  const router = Router();
  router.get('/offices', async (_req, res) => {
    res.json({ offices: roles ? await roles.offices() : [], rolesInBot: roles !== undefined });
  });
  router.post('/users', express.json({ limit: '16kb' }), async (req, res) => {
    const parsed = newUserSchema.safeParse(req.body);
    if (!parsed.success) {
      return refuse(res, parsed.error.issues.map((issue) => ({ property: issue.path.join('.'), message: issue.message })));
    }
    const input = { ...parsed.data, userId: parsed.data.userId ?? randomUserId() };
    const officeCode = input.role === 'officer' ? input.officeCode : undefined;
    if (roles) {
      const problem = await officeProblem(roles, input.role, officeCode);
      if (problem) return refuse(res, [problem]);
      await roles.assign(input.userId, input.role, officeCode);
    }
    const { officeCode: _ignored, ...rest } = input;
    res.status(201).json(emulator.users.add({ ...rest, ...(officeCode ? { officeCode } : {}) }));
  });
  return router;
}

async function officeProblem(roles: ConsoleRoles, role: PersonaRole, officeCode: string | undefined): Promise<FieldError | undefined> {
  if (role !== 'officer') return undefined;
  if (!officeCode) return { property: 'officeCode', message: 'เลือกหน่วยงานของเจ้าหน้าที่ อปท. ก่อนค่ะ' };
  const offices = await roles.offices();
  if (offices.some((office) => office.code === officeCode)) return undefined;
  return { property: 'officeCode', message: `ไม่พบหน่วยงานรหัส ${officeCode} ในรายการหน่วยงานค่ะ` };
}

function refuse(res: Response, details: FieldError[]): void {
  res.status(400).json({ message: details.map((detail) => detail.message).join(' '), details });
}
