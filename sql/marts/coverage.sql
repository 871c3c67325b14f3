-- What the warehouse holds per month, so a quiet month can be told from a missing one: every
-- calendar month from the first to the last publication or rejection month (zeros included), and
-- one row with month null for articles without a known month. Rejected files count in the month
-- they were seen (they have no publication date).
-- Grain: one row per month (null = undated). Upstream: stg_articles, stg_rejected_files,
-- int_stances_dated.
with articles as (
    select * from stg_articles
),

rejected as (
    select * from stg_rejected_files
),

stances as (
    select * from int_stances_dated
),

bounds as (
    select
        min(month) as first_month,
        max(month) as last_month
    from (
        select published_month as month from articles
        union all
        select seen_month as month from rejected
    ) as months_seen
),

calendar as (
    select cast(unnest(generate_series(first_month, last_month, interval 1 month)) as date) as month
    from bounds
    where first_month is not null
    union all
    select cast(null as date) as month
),

article_counts as (
    select
        published_month as month,
        count(*) as n_articles,
        count(*) filter (where is_canonical) as n_canonical,
        count(*) filter (where not is_canonical) as n_duplicates,
        count(*) filter (where published_precision = 'year') as n_year_only
    from articles
    group by published_month
),

statement_counts as (
    select
        published_month as month,
        count(distinct statement_id) as n_statements,
        count(*) filter (where target = 'US') as n_us_stances
    from stances
    group by published_month
),

rejected_counts as (
    select
        seen_month as month,
        count(*) as n_rejected
    from rejected
    group by seen_month
),

final as (
    select
        calendar.month,
        calendar.month is not null as is_dated,
        coalesce(article_counts.n_articles, 0) as n_articles,
        coalesce(article_counts.n_canonical, 0) as n_canonical,
        coalesce(article_counts.n_duplicates, 0) as n_duplicates,
        coalesce(article_counts.n_year_only, 0) as n_year_only,
        coalesce(statement_counts.n_statements, 0) as n_statements,
        coalesce(statement_counts.n_us_stances, 0) as n_us_stances,
        case
            when calendar.month is null then 0 else coalesce(rejected_counts.n_rejected, 0)
        end as n_rejected
    from calendar
    left join article_counts on calendar.month is not distinct from article_counts.month
    left join statement_counts on calendar.month is not distinct from statement_counts.month
    left join rejected_counts on calendar.month = rejected_counts.month
)

select * from final
order by month nulls last
