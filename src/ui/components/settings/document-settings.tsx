import { useMutation, useQuery, useQueryClient } from '@tanstack/preact-query';
import { DOCUMENT_KEEPING_CHOICES, DEFAULT_DOCUMENT_KEEPING } from '../../../core/document-keeping';
import { documentKeepingQuery, saveDocumentKeepingMutation } from '../../../data/documents';
import { requestDocumentsSync } from '../../../pwa/document-sync';
import { useScreenMessages } from '../../hooks/use-screen-messages';
import { useToast } from '../toast-region';
import { ChoiceGroup } from './choice-group';
import { SettingsSection } from './settings-section';

/** «Зберігати документи для читання без мережі»: always (up to 2 MB each), saved only, never. */
export function DocumentSettings() {
  const s = useScreenMessages();
  const { showToast } = useToast();
  const queryClient = useQueryClient();
  const keeping = useQuery(documentKeepingQuery()).data ?? DEFAULT_DOCUMENT_KEEPING;
  const save = useMutation(saveDocumentKeepingMutation(queryClient, requestDocumentsSync));
  return (
    <SettingsSection id="documents" title={s.documentsSection}>
      <ChoiceGroup
        legend={s.documentKeepingLabel}
        name="document-keeping"
        choices={DOCUMENT_KEEPING_CHOICES.map((value) => ({
          value,
          label: s.documentKeepingChoices[value],
        }))}
        value={keeping}
        onChange={(value) => save.mutate(value, { onError: () => showToast(s.settingFailed) })}
      />
      <p class="settings-hint">{s.documentKeepingHint}</p>
    </SettingsSection>
  );
}
