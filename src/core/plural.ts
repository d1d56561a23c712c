/** The word forms one count needs, by CLDR plural category. */
export interface PluralForms {
  one: string;
  few: string;
  many: string;
  other: string;
}

const rulesByLocale = new Map<string, Intl.PluralRules>();

/** Picks the form for `count` by the locale's plural rules and puts the number in place of {n}. */
export function formatPlural(count: number, forms: PluralForms, locale: string): string {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  const category = rules.select(count);
  const form = category in forms ? forms[category as keyof PluralForms] : forms.other;
  return form.replace('{n}', new Intl.NumberFormat(locale).format(count));
}
