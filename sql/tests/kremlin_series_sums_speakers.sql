-- Rule: the all-Kremlin series counts as many statements as the per-speaker rows together.
with per_speaker as (
    select
        month,
        target,
        sum(n_statements) as n_statements
    from stance_trend_monthly
    group by month, target
)

select
    k.month,
    k.target,
    k.n_statements,
    p.n_statements as per_speaker
from kremlin_trend_monthly as k
full outer join per_speaker as p on k.month = p.month and k.target = p.target
where k.n_statements is distinct from p.n_statements
