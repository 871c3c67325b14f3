-- Rule: statement_id is unique in statements, and (statement_id, target) in stances.
select
    statement_id,
    null as target,
    count(*) as n_rows
from main.statements
group by statement_id
having count(*) > 1
union all
select
    statement_id,
    target,
    count(*) as n_rows
from main.stances
group by statement_id, target
having count(*) > 1
