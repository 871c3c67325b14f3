-- Stances of canonical articles with speaker and the periods they fall in (null when undated).
-- Grain: one row per (statement_id, target). Upstream: stg_stances, stg_statements, stg_articles.
with stances as (
    select * from stg_stances
),

statements as (
    select * from stg_statements
),

articles as (
    select * from stg_articles
),

final as (
    select
        stances.statement_id,
        stances.target,
        stances.polarity,
        stances.subjectivity,
        stances.stance,
        statements.speaker,
        statements.kind,
        statements.statement_text,
        statements.article_id,
        articles.published,
        articles.published_precision,
        articles.published_month,
        articles.published_week
    from stances
    inner join statements on stances.statement_id = statements.statement_id
    inner join articles on statements.article_id = articles.article_id
    where articles.is_canonical
)

select * from final
