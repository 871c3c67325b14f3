-- Stances of statements toward their targets, typed.
-- Grain: one row per (statement_id, target). Upstream: stances.
with source as (
    select * from main.stances
),

renamed as (
    select
        statement_id,
        target,
        target_mention,
        cast(polarity as double) as polarity,
        cast(subjectivity as double) as subjectivity,
        stance,
        coalesce(target_implied, false) as target_implied
    from source
)

select * from renamed
