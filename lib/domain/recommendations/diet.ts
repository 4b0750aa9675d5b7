/**
 * Which ingredients a stated diet or allergy rules out. Words are matched loosely (lower case,
 * contained), so "Halal", "no pork" and "peanut allergy" all count.
 */
const rules: [RegExp, string[]][] = [
  [/halal|muslim|no pork/, ['alcohol', 'pork']],
  [/kosher/, ['pork']],
  [/vegan/, ['dairy', 'egg', 'pork']],
  [/vegetarian/, ['pork']],
  [/no alcohol|alcohol.?free|teetotal|pregnan/, ['alcohol']],
  [/diabet|sugar.?free|no sugar/, ['sugar']],
  [/gluten|coeliac|celiac|wheat/, ['gluten']],
  [/lactose|dairy|milk/, ['dairy']],
  [/nut|peanut|almond|cashew/, ['nuts']],
  [/egg/, ['egg']],
];

/** Ingredients to avoid for a guest with these dietary rules and allergies. */
export function excludedIngredients(restrictions: readonly string[]): Set<string> {
  const excluded = new Set<string>();
  for (const restriction of restrictions) {
    const text = restriction.toLowerCase();
    for (const [pattern, ingredients] of rules) if (pattern.test(text)) ingredients.forEach((i) => excluded.add(i));
    // An allergy named by its ingredient ("dairy", "alcohol") rules that ingredient out too.
    excluded.add(text.trim());
  }
  return excluded;
}
