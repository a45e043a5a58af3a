// A Stryker ignorer: mutants inside user-facing words (bilingual { zh, en } labels and messages,
// the English `message` of a zod refinement, the words passed to ruleIssue, `nameZh`-style
// labels, the quotes rule defaults come from) are left out of the score. Changing a word changes
// no rule, and a test that pins every word would only restate it.
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

const keyName = (property) => (property.key?.type === 'Identifier' ? property.key.name : property.key?.value);
const isText = (node) => node?.type === 'StringLiteral' || node?.type === 'TemplateLiteral';

/** `{ zh: …, en: … }` and nothing else: a label or message in both languages. */
function isBilingual(node) {
  if (node.type !== 'ObjectExpression' || node.properties.length !== 2) return false;
  const keys = node.properties.map(keyName).sort();
  return keys[0] === 'en' && keys[1] === 'zh';
}

/** The words of `ruleIssue(path, input, zh, en)`. */
function isRuleIssueWords(path) {
  const parent = path.parentPath?.node;
  if (parent?.type !== 'CallExpression' || parent.callee.type !== 'Identifier' || parent.callee.name !== 'ruleIssue') return false;
  return parent.arguments.indexOf(path.node) >= 2;
}

/** `message: '…'` in a refinement or issue: the English fallback beside the bilingual params. */
function isMessageText(path) {
  return path.node.type === 'ObjectProperty' && keyName(path.node) === 'message' && isText(path.node.value);
}

/** `nameZh: '…'`, `unitEn: '…'`: one language of a label, as the rule catalogue writes them. */
function isOneLanguageLabel(path) {
  return path.node.type === 'ObjectProperty' && /(Zh|En)$/.test(keyName(path.node) ?? '') && isText(path.node.value);
}

/** `source: '〔000〕「…」'` of a rule definition: the quote a default comes from. */
function isRuleSourceQuote(path) {
  if (path.node.type !== 'ObjectProperty' || keyName(path.node) !== 'source' || !isText(path.node.value)) return false;
  const call = path.parentPath?.parentPath?.node;
  return call?.type === 'CallExpression' && call.callee.type === 'Identifier' && call.callee.name === 'rule';
}

class LabelIgnorer {
  shouldIgnore(path) {
    if (isBilingual(path.node)) return 'bilingual label or message';
    if (isRuleIssueWords(path)) return 'words of a rule issue';
    if (isMessageText(path)) return 'message text';
    if (isOneLanguageLabel(path)) return 'label in one language';
    if (isRuleSourceQuote(path)) return 'quote a rule default comes from';
    return undefined;
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Ignore, 'labels', LabelIgnorer)];
