-- Rule: no statement of a duplicate or undated article is counted in a dated trend.
select
    d.statement_id,
    d.target,
    a.duplicate_of,
    a.published_precision
from int_stances_dated as d
inner join main.articles as a on d.article_id = a.article_id
where
    a.duplicate_of is not null
    or (d.published_month is not null and a.published_precision not in ('day', 'month'))
