-- Rule: every stance belongs to a statement.
select
    st.statement_id,
    st.target
from main.stances as st
left join main.statements as s on st.statement_id = s.statement_id
where s.statement_id is null
