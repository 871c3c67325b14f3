-- The all-Kremlin series: every Russian speaker together, per month and target.
-- Grain: one row per (month, target). Upstream: int_stance_period_stats.
with stats as (
    select * from int_stance_period_stats
),

final as (
    select
        period_start as month,
        target,
        n_statements,
        n_articles,
        avg_polarity,
        share_positive,
        share_neutral,
        share_negative,
        ci_low,
        ci_high,
        rolling_avg_polarity
    from stats
    where period_type = 'month' and is_all_speakers
)

select * from final
order by month, target
