const storageAttributes = new Set([
  'pk',
  'sk',
  'entity',
  'tenant',
  'expiresAt',
  'gsi1pk',
  'gsi1sk',
  'gsi2pk',
  'gsi2sk',
  'gsi3pk',
  'gsi3sk',
  'gsi4pk',
  'gsi4sk',
]);

/** An item as the API shows it: without the attributes that only serve storage. */
export function stripKeys(item: Record<string, unknown>): Record<string, unknown> {
  // A plain loop: every read of the booking path and every score of a recalculation passes here.
  const shown: Record<string, unknown> = {};
  for (const name of Object.keys(item)) if (!storageAttributes.has(name)) shown[name] = item[name];
  return shown;
}
