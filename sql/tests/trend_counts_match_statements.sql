-- Rule: each monthly trend row counts exactly the canonical, dated statements behind it.
with expected as (
    select
        cast(date_trunc('month', a.published) as date) as month,
        s.speaker,
        st.target,
        count(distinct s.statement_id) as n_statements
    from main.stances as st
    inner join main.statements as s on st.statement_id = s.statement_id
    inner join main.articles as a on s.article_id = a.article_id
    where a.duplicate_of is null and a.published_precision in ('day', 'month')
    group by all
)

select
    e.n_statements as expected,
    t.n_statements as in_trend,
    coalesce(e.month, t.month) as month,
    coalesce(e.speaker, t.speaker) as speaker,
    coalesce(e.target, t.target) as target
from expected as e
full outer join stance_trend_monthly as t
    on e.month = t.month and e.speaker = t.speaker and e.target = t.target
where e.n_statements is distinct from t.n_statements
