import { useState } from 'preact/hooks';
import { PageShell } from '../components/page-shell.tsx';
import { Loading } from '../components/loading.tsx';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useApi } from '../lib/use-api.ts';
import { ApiError, type FieldErrors } from '../lib/api-client.ts';
import type { Areas, CaseCategory, CaseView } from '../features/cases/case-types.ts';
import { EMPTY_DRAFT, checkDraft, type CaseDraft } from '../features/cases/new-case-draft.ts';
import { NewCaseFormView } from '../features/cases/new-case-form.tsx';
import { NewCasePreview } from '../features/cases/new-case-preview.tsx';
import { NewCaseDone } from '../features/cases/new-case-done.tsx';
import { createCase } from '../features/cases/case-api.ts';
import type { NewCaseForm } from '../../../domain/forms/case-forms.ts';

type Step = { name: 'form' } | { name: 'preview'; form: NewCaseForm } | { name: 'done'; filed: CaseView };

/** Villager: a detailed case in three steps: fill in, check, send → the ticket number. */
export default function NewCasePage() {
  const categories = useApi<{ categories: CaseCategory[] }>('/case-categories');
  const areas = useApi<Areas>('/areas');
  const [draft, setDraft] = useState<CaseDraft>(EMPTY_DRAFT);
  const [fields, setFields] = useState<FieldErrors>({});
  const [step, setStep] = useState<Step>({ name: 'form' });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);

  const review = () => {
    const checked = checkDraft(draft);
    if ('fields' in checked) {
      setFields(checked.fields);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"], .field-invalid input')?.focus());
      return;
    }
    setFields({});
    setStep({ name: 'preview', form: checked.form });
    scrollTo(0, 0);
  };

  const submit = async (form: NewCaseForm) => {
    setSending(true);
    setFailure(null);
    try {
      const { case: filed } = await createCase(form);
      setStep({ name: 'done', filed });
      scrollTo(0, 0);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
      if (Object.keys(error.fields).length > 0) {
        setFields(error.fields);
        setStep({ name: 'form' });
      }
    } finally {
      setSending(false);
    }
  };

  const loadError = categories.error ?? areas.error;
  const title = step.name === 'done' ? 'ส่งเรื่องแล้ว' : step.name === 'preview' ? 'ตรวจสอบก่อนส่ง' : 'แจ้งเรื่องใหม่';
  return (
    <PageShell title={title}>
      {loadError && <ErrorNotice error={loadError} onRetry={() => (categories.error ? categories.reload() : areas.reload())} />}
      {!loadError && (!categories.data || !areas.data) && <Loading block />}
      {failure && step.name !== 'done' && <ErrorNotice error={failure} />}
      {/* Kept mounted while previewing, so going back finds the photos and the map as they were. */}
      {categories.data && areas.data && step.name !== 'done' && (
        <div hidden={step.name !== 'form'}>
          <NewCaseFormView draft={draft} fields={fields} categories={categories.data.categories} areas={areas.data} onChange={setDraft} onReview={review} />
        </div>
      )}
      {categories.data && areas.data && step.name === 'preview' && (
        <NewCasePreview form={step.form} categories={categories.data.categories} areas={areas.data} sending={sending} onEdit={() => setStep({ name: 'form' })} onSubmit={() => submit(step.form)} />
      )}
      {step.name === 'done' && <NewCaseDone filed={step.filed} />}
    </PageShell>
  );
}
