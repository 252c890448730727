type HolidayData = { version: string; license: string; holidays: Record<string, unknown>; names: Record<string, unknown> };

/**
 * One country's rules out of date-holidays' data for every country, with the shared names its
 * rules refer to (`_name`) and the substitute-day names: what date-holidays-parser needs for it.
 */
export function countryHolidayRules(data: HolidayData, country: string): HolidayData {
  const rules = data.holidays[country];
  if (!rules) throw new Error(`date-holidays has no rules for ${country}`);
  const referenced = new Set<string>(['substitutes']);
  const collect = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    for (const [key, nested] of Object.entries(value)) {
      if (key === '_name' && typeof nested === 'string') referenced.add(nested);
      collect(nested);
    }
  };
  collect(rules);
  const names = Object.fromEntries([...referenced].filter((name) => name in data.names).map((name) => [name, data.names[name]]));
  return { version: data.version, license: data.license, holidays: { [country]: rules }, names };
}
