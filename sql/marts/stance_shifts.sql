-- Months where the all-Kremlin mean toward a target moved outside the previous month's interval,
-- with the three statements that moved it most.
-- Grain: one row per (month, target) with a shift. Upstream: kremlin_trend_monthly, int_stances_dated.
with series as (
    select * from kremlin_trend_monthly
),

stances as (
    select * from int_stances_dated
),

compared as (
    select
        month,
        target,
        n_statements,
        avg_polarity,
        ci_low,
        ci_high,
        lag(month) over by_target as previous_month,
        lag(avg_polarity) over by_target as previous_avg_polarity,
        lag(ci_low) over by_target as previous_ci_low,
        lag(ci_high) over by_target as previous_ci_high
    from series
    window by_target as (partition by target order by month)
),

shifts as (
    select
        *,
        avg_polarity - previous_avg_polarity as delta,
        case when avg_polarity > previous_avg_polarity then 'up' else 'down' end as direction
    from compared
    where
        previous_ci_low is not null
        and (avg_polarity < previous_ci_low or avg_polarity > previous_ci_high)
),

movers as (
    select
        shifts.month,
        shifts.target,
        stances.statement_id,
        stances.speaker,
        stances.polarity,
        stances.statement_text,
        row_number() over (
            partition by shifts.month, shifts.target
            order by
                sign(shifts.delta) * (stances.polarity - shifts.previous_avg_polarity) desc,
                stances.statement_id asc
        ) as mover_rank
    from shifts
    inner join stances
        on shifts.month = stances.published_month and shifts.target = stances.target
),

top_movers as (
    select
        month,
        target,
        list(
            struct_pack(
                statement_id := statement_id,
                speaker := speaker,
                polarity := polarity,
                statement_text := statement_text
            )
            order by mover_rank
        ) as top_statements
    from movers
    where mover_rank <= 3
    group by month, target
),

final as (
    select
        shifts.month,
        shifts.target,
        shifts.previous_month,
        shifts.previous_avg_polarity,
        shifts.avg_polarity,
        shifts.delta,
        shifts.direction,
        shifts.n_statements,
        shifts.ci_low,
        shifts.ci_high,
        shifts.previous_ci_low,
        shifts.previous_ci_high,
        top_movers.top_statements
    from shifts
    left join top_movers on shifts.month = top_movers.month and shifts.target = top_movers.target
)

select * from final
order by month, target
