/**
 * Aggregation expressions the report's pipelines share. Dates are tested with `$type` first: in an
 * expression `null < any date`, so a plain `$lt` would count every case without the date.
 */
export type Expr = Record<string, unknown>;

export type Window = { start: Date; end: Date };

export function isDate(field: string): Expr {
  return { $eq: [{ $type: `$${field}` }, 'date'] };
}

/** `field` lies in [start, end). */
export function within(field: string, window: Window): Expr {
  return { $and: [isDate(field), { $gte: [`$${field}`, window.start] }, { $lt: [`$${field}`, window.end] }] };
}

/** `field` is a date before `instant`. */
export function before(field: string, instant: Date): Expr {
  return { $and: [isDate(field), { $lt: [`$${field}`, instant] }] };
}

/** 1 when the condition holds, else 0: what `$sum` adds up. */
export function countIf(condition: Expr | string): Expr {
  return { $sum: { $cond: [condition, 1, 0] } };
}

/**
 * The p-th percentile (0..1) of a sorted numeric array field, interpolated between neighbours
 * (Excel's PERCENTILE.INC; the median of an even count is the mean of the middle two); null when empty.
 */
export function percentileOf(sortedField: string, p: number): Expr {
  const values = `$${sortedField}`;
  return {
    $let: {
      vars: { pos: { $multiply: [p, { $subtract: [{ $size: values }, 1] }] } },
      in: {
        $cond: [
          { $eq: [{ $size: values }, 0] },
          null,
          {
            $let: {
              vars: { lo: { $arrayElemAt: [values, { $floor: '$$pos' }] }, hi: { $arrayElemAt: [values, { $ceil: '$$pos' }] } },
              in: { $add: ['$$lo', { $multiply: [{ $subtract: ['$$hi', '$$lo'] }, { $subtract: ['$$pos', { $floor: '$$pos' }] }] }] },
            },
          },
        ],
      },
    },
  };
}

/** Sub-pipeline: median and 90th percentile of a numeric field (documents where it is null are left out). */
export function durationStats(field: string): Expr[] {
  return [
    { $match: { [field]: { $type: 'number' } } },
    { $sort: { [field]: 1 } },
    { $group: { _id: null, values: { $push: `$${field}` } } },
    { $project: { _id: 0, count: { $size: '$values' }, median: percentileOf('values', 0.5), p90: percentileOf('values', 0.9) } },
  ];
}
