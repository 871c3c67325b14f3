-- Rule: article_id is unique in articles, raw_articles and article_signatures.
select
    'articles' as table_name,
    article_id,
    count(*) as n_rows
from main.articles
group by article_id
having count(*) > 1
union all
select
    'raw_articles' as table_name,
    article_id,
    count(*) as n_rows
from main.raw_articles
group by article_id
having count(*) > 1
union all
select
    'article_signatures' as table_name,
    article_id,
    count(*) as n_rows
from main.article_signatures
group by article_id
having count(*) > 1
