/**
 * Extra front matter: YAML merged into the generated front matter, checked as it is typed
 * for the chosen flavour (a problem names its line; the text is never changed).
 */
import type { JSX } from 'preact';
import { useId, useMemo } from 'preact/hooks';
import type { FrontMatterFlavour } from '../../markdown/export-options';
import { EXTRA_FRONT_MATTER_MAX, extraFrontMatterMessage, parseExtraFrontMatter } from '../../markdown/extra-front-matter';

export interface ExtraFrontMatterFieldProps {
  value: string;
  flavour: FrontMatterFlavour;
  onChange: (value: string | undefined) => void;
}

export function ExtraFrontMatterField({ value, flavour, onChange }: ExtraFrontMatterFieldProps) {
  const ids = { field: useId(), hint: useId(), error: useId() };
  const problem = useMemo(() => {
    if (flavour === 'none') return '';
    const result = parseExtraFrontMatter(value, flavour);
    return result.ok ? '' : extraFrontMatterMessage(result.problems);
  }, [value, flavour]);
  return (
    <div class="field export-field-full">
      <label for={ids.field}>Extra front matter</label>
      <textarea
        id={ids.field}
        class="export-code"
        rows={4}
        value={value}
        maxLength={EXTRA_FRONT_MATTER_MAX}
        spellcheck={false}
        placeholder={'ShowToc: true\nweight: 2'}
        aria-describedby={`${ids.hint} ${ids.error}`}
        aria-invalid={problem !== ''}
        onInput={(event: JSX.TargetedEvent<HTMLTextAreaElement>) => {
          const text = event.currentTarget.value;
          onChange(text.trim() === '' ? undefined : text);
        }}
      />
      <span id={ids.hint} class="hint">
        {flavour === 'none'
          ? 'YAML keys for the front matter; None writes no front matter, so they are not written.'
          : 'YAML, one key per line (booleans, numbers, lists and dates keep their type). A key here replaces the generated key of the same name; Hugo (TOML) gets them as TOML.'}
      </span>
      <span id={ids.error} class="field-error" hidden={problem === ''}>
        {problem}
      </span>
    </div>
  );
}
