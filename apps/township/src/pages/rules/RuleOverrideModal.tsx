import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RuleValueModal, useLanguage, type RuleRow } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { NS } from '../../i18n/township-office';

export interface RuleOverrideModalProps {
  /** The rule being overridden; the modal is closed when null. */
  rule: RuleRow | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Sets this township's value of one rule from a date on; earlier results keep the old value. */
export function RuleOverrideModal({ rule, onClose, onSaved }: RuleOverrideModalProps) {
  const { t } = useTranslation(NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const save = useMutation(trpc.rules.setOverride.mutationOptions());
  return (
    <RuleValueModal
      rule={rule}
      title={rule ? t('rules.overrideTitle', { name: pick({ zh: rule.nameZh, en: rule.nameEn }) }) : ''}
      onSave={(input) => save.mutateAsync(input)}
      onClose={onClose}
      onSaved={onSaved}
      testIdPrefix="rule-override"
    />
  );
}
