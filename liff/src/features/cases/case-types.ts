/** The cases API's answers (/work contract: cases-api), as the pages read them. */
export type CaseStatus = 'new' | 'accepted' | 'in_progress' | 'forwarded' | 'resolved' | 'closed' | 'rejected' | 'cancelled';
export type CaseKind = 'problem' | 'consultation';

export type CaseView = {
  ticket: string;
  kind: CaseKind;
  category: string;
  categoryName: string;
  description: string;
  status: CaseStatus;
  statusLabel: string;
  statusColor: string;
  priority: 'normal' | 'high' | 'urgent';
  createdAt: string;
  dueAt: string;
  resolvedAt: string | null;
  area: { districtCode: string; districtName: string; subdistrictCode: string; subdistrictName: string } | null;
  location: { latitude: number; longitude: number; address?: string | null } | null;
  officeCode: string;
  officeName: string;
  assignee: { name: string } | null;
  photoIds: string[];
  rating: number | null;
  followers: number;
  overdue: boolean;
  canAct: string[];
};

export type CaseHistoryItem = {
  at: string;
  actorRole: string;
  actorName: string | null;
  action: string;
  from: CaseStatus | null;
  to: CaseStatus | null;
  note: string | null;
  photoIds: string[];
};

export type CaseDetail = CaseView & { history: CaseHistoryItem[]; contact: { name: string; phone: string } | null };

export type CaseCategory = { code: string; name: string; kind: CaseKind; slaDays: number; needsResultPhoto: boolean };
export type Areas = { province: { code: string; name: string }; districts: { code: string; name: string; subdistricts: { code: string; name: string }[] }[] };
export type Office = { code: string; name: string; kind: 'local' | 'pao' | 'clinic' };

export const OPEN_STATUSES: readonly CaseStatus[] = ['new', 'accepted', 'in_progress', 'forwarded'];

/** Status names for filters (a case's own label comes from the API as statusLabel). */
export const STATUS_NAMES: Record<CaseStatus, string> = {
  new: 'รอรับเรื่อง',
  accepted: 'รับเรื่องแล้ว',
  in_progress: 'กำลังดำเนินการ',
  forwarded: 'ส่งต่อหน่วยงานอื่น',
  resolved: 'แก้ไขเสร็จแล้ว',
  closed: 'ปิดเรื่องแล้ว',
  rejected: 'ไม่รับเรื่อง',
  cancelled: 'ยกเลิกแล้ว',
};
