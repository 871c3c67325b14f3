-- Kremlin stance per week, per speaker and target (statements of duplicate articles counted once).
-- Grain: one row per (week, speaker, target). Upstream: int_stance_period_stats.
with stats as (
    select * from int_stance_period_stats
),

final as (
    select
        period_start as week,
        speaker,
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
    where period_type = 'week' and not is_all_speakers
)

select * from final
order by week, speaker, target
