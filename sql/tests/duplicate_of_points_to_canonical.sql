-- Rule: duplicate_of names an existing canonical article (never a duplicate, never itself).
select
    dup.article_id,
    dup.duplicate_of
from main.articles as dup
left join main.articles as canon on dup.duplicate_of = canon.article_id
where
    dup.duplicate_of is not null
    and (canon.article_id is null or canon.duplicate_of is not null or dup.duplicate_of = dup.article_id)
