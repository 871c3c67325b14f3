-- Kremlin stance per month, per speaker and target (statements of duplicate articles counted once).
-- Grain: one row per (month, speaker, target). Upstream: int_stance_period_stats.
with stats as (
    select * from int_stance_period_stats
),

final as (
    select
        period_start as month,
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
    where period_type = 'month' and not is_all_speakers
)

select * from final
order by month, speaker, target
