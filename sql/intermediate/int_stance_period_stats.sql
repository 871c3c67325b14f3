-- Stance statistics per period (month and ISO week), per speaker and for all Kremlin speakers.
-- Grain: one row per (period_type, period_start, is_all_speakers, speaker, target).
-- Upstream: int_stances_dated. The interval is a normal-approximation 95% interval of the mean
-- (null below 2 statements); the rolling mean is statement-weighted over the last 3 periods.
with stances as (
    select * from int_stances_dated
),

periods as (
    select
        'month' as period_type,
        published_month as period_start,
        year(published_month) * 12 + month(published_month) - 1 as period_index,
        speaker,
        target,
        article_id,
        polarity,
        stance
    from stances
    where published_month is not null
    union all
    select
        'week' as period_type,
        published_week as period_start,
        datediff('day', date '1970-01-05', published_week) // 7 as period_index,
        speaker,
        target,
        article_id,
        polarity,
        stance
    from stances
    where published_week is not null
),

grouped as (
    select
        period_type,
        period_start,
        period_index,
        target,
        grouping(speaker) = 1 as is_all_speakers,
        coalesce(speaker, 'All Kremlin') as speaker,
        count(*) as n_statements,
        count(distinct article_id) as n_articles,
        sum(polarity) as sum_polarity,
        avg(polarity) as avg_polarity,
        stddev_samp(polarity) as sd_polarity,
        avg(case when stance = 'positive' then 1.0 else 0.0 end) as share_positive,
        avg(case when stance = 'neutral' then 1.0 else 0.0 end) as share_neutral,
        avg(case when stance = 'negative' then 1.0 else 0.0 end) as share_negative
    from periods
    group by grouping sets (
        (period_type, period_start, period_index, target, speaker),
        (period_type, period_start, period_index, target)
    )
),

final as (
    select
        period_type,
        period_start,
        period_index,
        is_all_speakers,
        speaker,
        target,
        n_statements,
        n_articles,
        avg_polarity,
        share_positive,
        share_neutral,
        share_negative,
        case
            when n_statements >= 2
                then greatest(-1.0, avg_polarity - 1.96 * sd_polarity / sqrt(n_statements))
        end as ci_low,
        case
            when n_statements >= 2
                then least(1.0, avg_polarity + 1.96 * sd_polarity / sqrt(n_statements))
        end as ci_high,
        sum(sum_polarity) over rolling
        / sum(n_statements) over rolling as rolling_avg_polarity
    from grouped
    window rolling as (
        partition by period_type, is_all_speakers, speaker, target
        order by period_index
        range between 2 preceding and current row
    )
)

select * from final
