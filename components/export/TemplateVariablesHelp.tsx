/** The variables and filters a custom template can use (the README lists the same). */
export function TemplateVariablesHelp({ id }: { id: string }) {
  return (
    <details id={id} class="export-template-help">
      <summary>Template variables</summary>
      <p>
        Liquid, as in Jekyll. The template writes the post's body; the front matter (or with None the title heading) stays generated. Text is ready for Markdown
        (titles and names escaped, links safe); notes, intro and outro are your Markdown.
      </p>
      <ul>
        <li>
          <code>trip</code>: name, place, startDate, endDate, url, tags, categories, intro, outro
        </li>
        <li>
          <code>talks</code>, in stream order, each with: number, title, speakers (a list), url (the talk link in the chosen link style), seconds, time (h:mm:ss), day,
          kind, kindTag, rating, tags, notes, links (each label, url), streamTitle, channel
        </li>
        <li>
          <code>days</code> (by day: day, heading, talks), <code>tiers</code> (by rating: rating, label, talks), <code>kinds</code> (by kind: kind, tag, talks)
        </li>
        <li>
          <code>post</code>: title, date, videoLabel
        </li>
        <li>
          Filters: Liquid's own (join, upcase, date, size…) and <code>day_heading</code>, <code>emoji</code>, <code>md</code> (escape your own text)
        </li>
      </ul>
    </details>
  );
}
