import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CATALOGUE, RULE_KEYS_IN_EFFECT, ruleStatus } from '@pcs/domain';

/**
 * A rule that township and county admins can change must change something: every rule marked
 * in effect is read by code of the API or the domain (a quoted key outside the catalogue and its
 * status list), and no rule marked "not yet in effect" is read (then it is in effect: say so).
 */
const packagesDir = join(__dirname, '..', '..', '..', '..');
const NOT_READERS = [/\.test\.ts$/, /rules[\\/]catalogue\.ts$/, /rules[\\/]status\.ts$/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !NOT_READERS.some((r) => r.test(path)) ? [path] : [];
  });
}

const files = [join(packagesDir, 'api', 'src'), join(packagesDir, 'domain', 'src')].flatMap(sourceFiles).map((path) => ({ path: relative(packagesDir, path), text: readFileSync(path, 'utf8') }));

/** The files that name a rule key as a string literal. */
function readersOf(key: string, sources: ReadonlyArray<{ path: string; text: string }>): string[] {
  const literal = new RegExp(`(['"\`])${key.replace(/\./g, '\\.')}\\1`);
  return sources.filter((f) => literal.test(f.text)).map((f) => f.path);
}

const unread = (keys: readonly string[], sources: ReadonlyArray<{ path: string; text: string }>) => keys.filter((key) => readersOf(key, sources).length === 0);

describe('rules in effect have readers', () => {
  it('finds the sources to search', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => /rules[\\/]catalogue\.ts$/.test(f.path))).toBe(false);
    expect(files.some((f) => f.path.endsWith('rule-values.ts'))).toBe(true);
  });

  it('fails for a rule nothing reads (the check itself can fail)', () => {
    expect(unread(['suggestion.satisfaction_scale', 'appraisal.grade_set'], files)).toEqual(['suggestion.satisfaction_scale', 'appraisal.grade_set']);
    expect(unread(['suggestion.reply_due_standard_months'], [{ path: 'x.ts', text: "const k = 'suggestion.reply_due_standard_months_x';" }])).toEqual(['suggestion.reply_due_standard_months']);
    expect(readersOf('presidium.size_range', [{ path: 'x.ts', text: "resolveRule('presidium.size_range', t, d, r)" }])).toEqual(['x.ts']);
  });

  it('has a reader for every rule of a built area marked in effect', () => {
    expect(unread(RULE_KEYS_IN_EFFECT, files)).toEqual([]);
  });

  it('has no reader for a rule marked not in effect or of an area not built', () => {
    const marked = RULE_CATALOGUE.filter((r) => ruleStatus(r.key) !== 'in_effect').map((r) => r.key);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((key) => readersOf(key, files).length > 0)).toEqual([]);
  });
});
