/**
 * The Template field of the Custom template layout: Liquid, checked as it is typed (the
 * problem names its line; the text is never changed), with its variables beside it.
 */
import type { JSX } from 'preact';
import { useId, useMemo } from 'preact/hooks';
import { TEMPLATE_MAX } from '../../markdown/export-options';
import { checkTemplate, templateProblemMessage } from '../../markdown/template/liquid-template';
import { TemplateVariablesHelp } from './TemplateVariablesHelp';

export interface TemplateFieldProps {
  value: string;
  onChange: (value: string) => void;
}

export function TemplateField({ value, onChange }: TemplateFieldProps) {
  const ids = { field: useId(), help: useId(), error: useId() };
  const problem = useMemo(() => {
    const found = checkTemplate(value);
    return found === undefined ? '' : templateProblemMessage(found);
  }, [value]);
  return (
    <div class="field export-field-full">
      <label for={ids.field}>Template</label>
      <textarea
        id={ids.field}
        class="export-code"
        rows={12}
        value={value}
        maxLength={TEMPLATE_MAX}
        spellcheck={false}
        aria-describedby={`${ids.help} ${ids.error}`}
        aria-invalid={problem !== ''}
        onInput={(event: JSX.TargetedEvent<HTMLTextAreaElement>) => onChange(event.currentTarget.value)}
      />
      <span id={ids.error} class="field-error" hidden={problem === ''}>
        {problem}
      </span>
      <TemplateVariablesHelp id={ids.help} />
    </div>
  );
}
