-- Rule: the key columns of articles are never null.
select
    article_id,
    source_file
from main.articles
where
    article_id is null or source_file is null or content_sha256 is null
    or body is null or published_precision is null or ingested_at is null
