import { formatMeetingDate, pick, useLang, useT } from '../../i18n';
import type { Disagreement, Quote } from '../../core/schema';
import { useGraphIndex } from '../explorer/context';

/** A quote inside its sentence, the quoted words marked: the reader sees exactly what the article says. */
export function QuoteBlock({ quote, lang }: { quote: Quote; lang?: string }) {
  return (
    <blockquote className="quote" lang={lang}>
      {quote.before}
      <mark>{quote.quote}</mark>
      {quote.after}
    </blockquote>
  );
}

function ArticleHead({ articleId }: { articleId: string }) {
  const index = useGraphIndex();
  const t = useT();
  const lang = useLang();
  const article = index.articles.get(articleId);
  if (!article) return <p className="source__meta">{articleId}</p>;
  return (
    <header className="source__head">
      <p className="source__outlet">{pick(article.outlet, lang)}</p>
      <p className="source__title" lang={article.language}>
        {article.url ? (
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            {article.title}
          </a>
        ) : (
          article.title
        )}
      </p>
      <p className="source__meta">
        {t.published} <time dateTime={article.published}>{formatMeetingDate(article.published, 'day', lang)}</time>
        {article.publishedNote && ` (${t.dateWorkedOut})`}
      </p>
      {(article.note || article.publishedNote) && (
        // Outlet, title or date the page does not print plainly: the reader sees how the editors got them.
        <details className="source__provenance">
          <summary>{t.provenance}</summary>
          {article.note && <p>{article.note}</p>}
          {article.publishedNote && <p>{article.publishedNote}</p>}
        </details>
      )}
    </header>
  );
}

/** Every source, one block per article (an article may give several quotes). */
export function SourceList({ sources }: { sources: readonly Quote[] }) {
  const index = useGraphIndex();
  const byArticle = new Map<string, Quote[]>();
  for (const q of sources) {
    const list = byArticle.get(q.article);
    if (list) list.push(q);
    else byArticle.set(q.article, [q]);
  }
  return (
    <div className="sources">
      {[...byArticle].map(([articleId, quotes]) => (
        <article key={articleId} className="source">
          <ArticleHead articleId={articleId} />
          {quotes.map((q, i) => (
            <QuoteBlock key={i} quote={q} lang={index.articles.get(articleId)?.language} />
          ))}
        </article>
      ))}
    </div>
  );
}

export function Disagreements({ items, level }: { items: readonly Disagreement[]; level: 3 | 4 }) {
  const index = useGraphIndex();
  const t = useT();
  const lang = useLang();
  if (items.length === 0) return null;
  const H = level === 3 ? 'h3' : 'h4';
  const Sub = level === 3 ? 'h4' : 'h5';
  return (
    <section className="disagree">
      <H className="disagree__title">
        <span aria-hidden="true">⚠ </span>
        {t.sourcesDisagree}
      </H>
      {items.map((d, i) => (
        <div key={i} className="disagree__item">
          <Sub className="disagree__field">{pick(d.field, lang)}</Sub>
          <ul className="disagree__versions">
            {d.versions.map((v, j) => {
              const article = index.articles.get(v.source.article);
              return (
                <li key={j}>
                  <p className="disagree__value">
                    <strong>{pick(v.value, lang)}</strong>
                    {article && <span className="disagree__outlet"> — {pick(article.outlet, lang)}</span>}
                  </p>
                  <QuoteBlock quote={v.source} lang={article?.language} />
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
