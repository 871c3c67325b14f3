-- Articles as loaded, with the flags every later model filters on.
-- Grain: one row per ingested file version (article_id). Upstream: articles.
with source as (
    select * from main.articles
),

renamed as (
    select
        article_id,
        source_file,
        content_sha256,
        title,
        source,
        published,
        published_precision,
        published_from,
        duplicate_of,
        duplicate_kind,
        ingested_at,
        duplicate_of is null as is_canonical,
        published_precision in ('day', 'month') as is_dated_to_month,
        published_precision = 'day' as is_dated_to_day,
        case
            when published_precision in ('day', 'month')
                then cast(date_trunc('month', published) as date)
        end as published_month,
        case
            when published_precision = 'day'
                then cast(date_trunc('week', published) as date)
        end as published_week
    from source
)

select * from renamed
