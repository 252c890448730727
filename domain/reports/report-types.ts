/** Median and 90th percentile of a duration in milliseconds, over `count` cases. */
export type Stats = { count: number; median: number | null; p90: number | null };

/** One row of a breakdown (by category, office, district, kind); `label` is the Thai name. */
export type Breakdown = { key: string; label: string; received: number; resolved: number; openAtEnd: number };

export type Reason = { reason: string; count: number };

export type CaseFigures = {
  received: number;
  resolved: number;
  closed: number;
  openAtEnd: number;
  /** Resolved in the period by their due date (the category's service level). */
  onTime: number;
  overdue: number;
  escalated: number;
  forwarded: number;
  rejected: number;
  reopened: number;
  /** Closed cases whose contact details the retention job removed in the period (PDPA). */
  anonymised: number;
  acceptMs: Stats;
  resolveMs: Stats;
  forwardReasons: Reason[];
  rejectReasons: Reason[];
  /** Ratings given in the period: how many, their sum, and how many of each score 1–5. */
  ratings: { count: number; sum: number; distribution: number[] };
  byKind: Breakdown[];
  byCategory: Breakdown[];
  byOffice: Breakdown[];
  byDistrict: Breakdown[];
};

export type FaqFigures = {
  asked: number;
  answered: number;
  /** Answered after «หมายถึง…» when the villager tapped a choice. */
  clarified: number;
  /** Asked back «หมายถึง…» and never tapped. */
  clarifyOpen: number;
  unanswered: number;
  helpful: number;
  notHelpful: number;
  topUnanswered: { title: string; count: number }[];
  entriesAdded: number;
  newEntries: { faqId: string; question: string }[];
};

export type CountRow = { key: string; label: string; count: number };

/** Activities (issue 11); `missing` says why a section is empty when its data is not there. */
export type ActivityFigures = {
  missing: string | null;
  held: number;
  byTopic: CountRow[];
  byType: CountRow[];
  registrations: number;
  attendanceRatings: { count: number; sum: number };
  mobileVisits: number;
  mobileQuestions: number;
  mobileCases: number;
};

export type SubscriberFigures = {
  missing: string | null;
  total: number;
  byArea: CountRow[];
  byTopic: CountRow[];
  pushesSent: number;
  /** People the month's fan-outs left out because the LINE message quota ran short. */
  quotaShortfall: number;
};

export type PeriodFigures = { cases: CaseFigures; faq: FaqFigures; activities: ActivityFigures; subscribers: SubscriberFigures };

export type PeriodInfo = { name: string; label: string; start: string; end: string };

/** A report as stored and served: plain JSON, every figure of the period beside the previous one's. */
export type Report = {
  period: PeriodInfo;
  previous: PeriodInfo;
  generatedAt: string;
  current: PeriodFigures;
  before: PeriodFigures;
};
