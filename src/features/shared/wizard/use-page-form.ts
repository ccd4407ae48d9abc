import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApplicationError, StorageError } from '../../../data';
import type { SummaryError } from '../../../ui';
import { inputId, type FieldProblem, type PageResult } from './field-problems';
import { useReasonText } from './messages';

/**
 * A question page's state: the values typed (kept whatever happens), the problems of the last
 * submit, and a submit count that lets the error summary take focus once per submit.
 */
export function usePageForm<V, A>(
  initial: V,
  parse: (values: V) => PageResult<A>,
  save: (answers: A) => Promise<void>,
  labelOf: (field: string) => string,
) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [saveError, setSaveError] = useState<string>();

  const errorAt = (field: string) => {
    const found = problems.find((problem) => problem.field === field);
    return found && reasonText.problem(found.reason);
  };
  const summary: SummaryError[] = problems.map((problem) => ({
    fieldId: inputId(problem.field),
    message: `${labelOf(problem.field)}: ${reasonText.problem(problem.reason)}`,
  }));

  async function submit() {
    setSubmitCount((count) => count + 1);
    setSaveError(undefined);
    const parsed = parse(values);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    setProblems([]);
    try {
      await save(parsed.answers);
    } catch (error) {
      if (error instanceof ApplicationError && error.code === 'invalid-answers') {
        setProblems(error.problems.map((p) => ({ field: p.path.join('.'), reason: p.reason })));
      } else if (error instanceof ApplicationError) {
        setSaveError(t(`applicationErrors.${error.code}`));
      } else {
        setSaveError(
          error instanceof StorageError ? t('errors.storageFull') : t('errors.notSaved'),
        );
      }
    }
  }

  const update = (change: Partial<V>) => setValues((current) => ({ ...current, ...change }));
  return { values, update, errorAt, summary, submitCount, saveError, submit };
}
