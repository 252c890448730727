import { FaqAskModel, FaqVoteModel } from '../../models/faq-ask.ts';
import { FaqEntryModel } from '../../models/faq-entry.ts';
import { UnansweredQuestionModel } from '../../models/unanswered-question.ts';
import type { Window } from './pipeline-expressions.ts';
import { redactContacts } from './redact.ts';
import type { FaqFigures } from './report-types.ts';

const TOP_UNANSWERED = 10;
const NEW_ENTRIES_LISTED = 30;

/** The FAQ in one period: what the bot did with each question, the votes, the gaps and the new entries. */
export async function faqFigures(window: Window): Promise<FaqFigures> {
  const range = { $gte: window.start, $lt: window.end };
  const [outcomes, votes, gaps, added, newEntries] = await Promise.all([
    FaqAskModel.aggregate<{ _id: string; n: number }>([{ $match: { askedAt: range } }, { $group: { _id: '$outcome', n: { $sum: 1 } } }]),
    FaqVoteModel.aggregate<{ _id: boolean; n: number }>([{ $match: { at: range } }, { $group: { _id: '$helpful', n: { $sum: 1 } } }]),
    topUnanswered(range),
    FaqEntryModel.countDocuments({ createdAt: range }),
    FaqEntryModel.find({ createdAt: range }, { faqId: 1, question: 1 }).sort({ createdAt: 1 }).limit(NEW_ENTRIES_LISTED).lean(),
  ]);
  const outcome = (name: string) => outcomes.find((row) => row._id === name)?.n ?? 0;
  return {
    asked: outcomes.reduce((total, row) => total + row.n, 0),
    answered: outcome('answered'),
    clarified: outcome('clarified'),
    clarifyOpen: outcome('clarify'),
    unanswered: outcome('unanswered'),
    helpful: votes.find((row) => row._id === true)?.n ?? 0,
    notHelpful: votes.find((row) => row._id === false)?.n ?? 0,
    topUnanswered: gaps,
    entriesAdded: added,
    newEntries: newEntries.map((entry) => ({ faqId: entry.faqId, question: entry.question })),
  };
}

/** The most asked groups of unanswered questions, counting only the questions asked in the period. */
async function topUnanswered(range: { $gte: Date; $lt: Date }): Promise<{ title: string; count: number }[]> {
  const rows = await UnansweredQuestionModel.aggregate<{ _id: unknown; count: number; title: string | null; sample: string }>([
    { $match: { askedAt: range } },
    { $group: { _id: { $ifNull: ['$groupId', '$normalizedText'] }, count: { $sum: 1 }, sample: { $first: '$text' } } },
    { $sort: { count: -1, sample: 1 } },
    { $limit: TOP_UNANSWERED },
    { $lookup: { from: 'unanswered_groups', localField: '_id', foreignField: '_id', as: 'group' } },
    { $project: { count: 1, sample: 1, title: { $arrayElemAt: ['$group.title', 0] } } },
  ]);
  return rows.map((row) => ({ title: redactContacts(row.title ?? row.sample), count: row.count }));
}
