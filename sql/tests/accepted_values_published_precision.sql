-- Rule: published_precision is day, month, year or unknown, and a date exists exactly when known.
select
    article_id,
    published,
    published_precision
from main.articles
where
    published_precision not in ('day', 'month', 'year', 'unknown')
    or (published_precision = 'unknown') != (published is null)
