import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ROLE_NAMES } from '../../../domain/users/role-names.ts';

export type Role = 'villager' | 'officer' | 'office-admin' | 'staff' | 'admin';

/** `GET /api/me`: who the verified ID token belongs to, and what they may do. */
export type Me = { lineUserId: string; name: string | null; role: Role; officeCode: string | null; officeName?: string | null };

export const SessionContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useMe outside the signed-in app');
  return me;
}

export const ROLE_LABELS: Record<Role, string> = ROLE_NAMES;
