/** The word forms one count needs, by CLDR plural category. */
export interface PluralForms {
  one: string;
  few: string;
  many: string;
  other: string;
}

const rulesByLocale = new Map<string, Intl.PluralRules>();
// Built once per locale: each new formatter resolves the locale again, and a list shows a count
// on every section chip.
const countFormats = new Map<string, Intl.NumberFormat>();

/** A count as the locale writes numbers. */
export function formatCount(count: number, locale: string): string {
  let format = countFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    countFormats.set(locale, format);
  }
  return format.format(count);
}

/** Picks the form for `count` by the locale's plural rules and puts the number in place of {n}. */
export function formatPlural(count: number, forms: PluralForms, locale: string): string {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  const category = rules.select(count);
  const form = category in forms ? forms[category as keyof PluralForms] : forms.other;
  return form.replace('{n}', formatCount(count, locale));
}
