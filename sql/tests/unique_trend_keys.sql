-- Rule: the trend marts have one row per key.
select
    'stance_trend_monthly' as mart,
    cast(month as varchar) as period,
    speaker,
    target
from stance_trend_monthly
group by month, speaker, target
having count(*) > 1
union all
select
    'stance_trend_weekly' as mart,
    cast(week as varchar) as period,
    speaker,
    target
from stance_trend_weekly
group by week, speaker, target
having count(*) > 1
union all
select
    'kremlin_trend_monthly' as mart,
    cast(month as varchar) as period,
    null as speaker,
    target
from kremlin_trend_monthly
group by month, target
having count(*) > 1
