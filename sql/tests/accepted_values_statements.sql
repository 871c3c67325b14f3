-- Rule: kind is direct or indirect; every statement belongs to a canonical article.
select
    s.statement_id,
    s.kind,
    a.duplicate_of
from main.statements as s
left join main.articles as a on s.article_id = a.article_id
where s.kind not in ('direct', 'indirect') or a.article_id is null or a.duplicate_of is not null
