/**
 * Each built-in layout written as a custom template (Copy layout as template): rendered
 * with the same trip, talks and options, each gives exactly the built-in layout's body
 * (tests/unit/markdown/template.test.ts checks it on the five reference trips).
 */
import type { BuiltInLayout } from '../export-options';

const INTRO = `{% if trip.intro != "" %}{{ trip.intro }}

{% endif %}`;

const OUTRO = '{{ trip.outro }}\n';

/** After a talk's head lines: a blank line and its notes, then the blank line before the next block. */
const NOTES = `{% if talk.notes != "" %}
{{ talk.notes }}
{% endif %}
`;

const LINKS = '{% for link in talk.links %} - [{{ link.label }}]({{ link.url }}){% endfor %}';

const BY_LINE = `{% if talk.speakers != empty %}by {{ talk.speakers | join: ", " }} - {% endif %}[{{ post.videoLabel }}]({{ talk.url }})${LINKS}`;

export const LAYOUT_TEMPLATES: Readonly<Record<BuiltInLayout, string>> = {
  rating: `${INTRO}{% for tier in tiers %}### {{ tier.label }}

{% for talk in tier.talks %}[{{ talk.title }}]({{ talk.url }}){% if talk.speakers != empty %} by {{ talk.speakers | join: ", " }}{% endif %}${LINKS}
${NOTES}{% endfor %}{% endfor %}${OUTRO}`,
  kind: `${INTRO}{% for talk in talks %}# {{ talk.kindTag }}{{ talk.title }}
${BY_LINE}
${NOTES}{% endfor %}${OUTRO}`,
  day: `${INTRO}{% for day in days %}## {{ day.heading }}

{% for talk in day.talks %}### {{ talk.title }}{% if talk.speakers != empty %} – {{ talk.speakers | join: ", " }}{% endif %}
[{{ post.videoLabel }}]({{ talk.url }})${LINKS}
${NOTES}{% endfor %}{% endfor %}${OUTRO}`,
  chronological: `${INTRO}{% for talk in talks %}### {{ talk.number }}. {{ talk.title }}
${BY_LINE}
${NOTES}{% endfor %}${OUTRO}`,
};
