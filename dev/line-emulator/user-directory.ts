import { isLineUserId, randomUserId, userIdFromSeed } from './ids.ts';
import type { EmulatorUser, NewUserInput, PersonaRole } from './types.ts';

export const PERSONA_ROLES = ['villager', 'officer', 'staff'] as const satisfies readonly PersonaRole[];

/** Personas available out of the box; their IDs are derived from a fixed seed so they survive restarts. */
export const DEFAULT_PERSONAS: readonly NewUserInput[] = [
  { displayName: 'สมชาย ใจดี', role: 'villager', userId: userIdFromSeed('persona:villager:somchai') },
  { displayName: 'มาลี ศรีสุข', role: 'villager', userId: userIdFromSeed('persona:villager:malee') },
  { displayName: 'สมหญิง รักงาน (อบต.)', role: 'officer', userId: userIdFromSeed('persona:officer:somying') },
  { displayName: 'วิภา (ศูนย์ Clinic Center)', role: 'staff', userId: userIdFromSeed('persona:staff:wipa') },
];

export class UserDirectory {
  readonly #users = new Map<string, EmulatorUser>();

  list(): EmulatorUser[] {
    return [...this.#users.values()].map((user) => ({ ...user }));
  }

  get(userId: string): EmulatorUser | undefined {
    const user = this.#users.get(userId);
    return user && { ...user };
  }

  add(input: NewUserInput): EmulatorUser {
    const userId = input.userId ?? randomUserId();
    if (!isLineUserId(userId)) throw new Error(`userId must be U followed by 32 hex digits: ${userId}`);
    const user: EmulatorUser = {
      userId,
      displayName: input.displayName,
      role: input.role ?? 'villager',
      ...(input.officeCode === undefined ? {} : { officeCode: input.officeCode }),
      following: input.following ?? true,
      blocked: false,
      ...(input.pictureUrl === undefined ? {} : { pictureUrl: input.pictureUrl }),
      ...(input.statusMessage === undefined ? {} : { statusMessage: input.statusMessage }),
    };
    this.#users.set(userId, user);
    return { ...user };
  }

  /** A follow makes the user a friend (again); an unfollow is LINE's block. */
  setFollowing(userId: string, following: boolean): EmulatorUser | undefined {
    const user = this.#users.get(userId);
    if (!user) return undefined;
    user.following = following;
    user.blocked = !following;
    return { ...user };
  }

  /** Puts back a user exactly as saved (persisted state); replaces one with the same ID. */
  restore(user: EmulatorUser): void {
    if (!isLineUserId(user.userId)) throw new Error(`userId must be U followed by 32 hex digits: ${user.userId}`);
    this.#users.set(user.userId, { ...user, blocked: user.blocked ?? false });
  }

  clear(): void {
    this.#users.clear();
  }
}
