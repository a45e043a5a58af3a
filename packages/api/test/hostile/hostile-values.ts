import fc from 'fast-check';

/** Strings an attacker sends: controls, broken encodings, direction tricks, injections, bad dates. */
export const HOSTILE_STRINGS = [
  'a\u0000b',
  '\u001b[2J\u0007',
  'x\ud800y',
  '\udc00',
  '\u202Eevil\u200B\u200F\u2066',
  '\ufeff\u00a0 ',
  '',
  ' ',
  "' OR 1=1 --",
  `'; DROP TABLE "Village"; --`,
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '{"$gt":""}',
  'NaN',
  'Infinity',
  '2026-02-30',
  'not-a-date',
  '9999-99-99T99:99:99Z',
  '0000-00-00',
  '-1',
];

/** Numbers no column of ours holds, and the edges of the ones it does. */
export const HOSTILE_NUMBERS = [2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, -1, 0, 0.5, 1e308, -1e308, 2_147_483_647];

const deep = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

/** Any value to put in a field: the fixed lists above, big and nested ones, and fast-check's own. */
export function hostileValue(maxString: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.constantFrom(...HOSTILE_NUMBERS),
    fc.constantFrom(null, true, false, [], {}, { unexpected: 'x' }),
    fc.constant('x'.repeat(maxString)),
    fc.constant(deep(1000)),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.double(),
    fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
    fc.anything({ maxDepth: 3 }),
  );
}
