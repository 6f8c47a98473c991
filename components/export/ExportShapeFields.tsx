/**
 * The fields that give the export the writer's own shape: Extra front matter, the Tier
 * labels (By rating and custom templates) and, for Custom template, the Template.
 */
import type { PanelChoices } from '../../export/choices-store';
import type { ExportOptions } from '../../markdown/export-options';
import { LAYOUT_TEMPLATES } from '../../markdown/template/layout-templates';
import { ExtraFrontMatterField } from './ExtraFrontMatterField';
import { TemplateField } from './TemplateField';
import { TierLabelsFields } from './TierLabelsFields';
import type { Choose } from './use-export-choices';

export interface ExportShapeFieldsProps {
  choices: PanelChoices;
  options: ExportOptions;
  choose: Choose;
}

export function ExportShapeFields({ choices, options, choose }: ExportShapeFieldsProps) {
  const custom = options.layout === 'template';
  return (
    <div class="export-shape">
      <ExtraFrontMatterField value={choices.extraFrontMatter ?? ''} flavour={options.frontMatter} onChange={(value) => choose('extraFrontMatter', value)} />
      {custom && <TemplateField value={choices.template ?? LAYOUT_TEMPLATES.rating} onChange={(value) => choose('template', value)} />}
      {(custom || options.layout === 'rating') && <TierLabelsFields choices={choices} labels={options.tierLabels} choose={choose} />}
    </div>
  );
}
