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
        stance,
        rule_stance,
        stance_probability,
        cast(polarity as double) as polarity,
        cast(subjectivity as double) as subjectivity,
        coalesce(target_implied, false) as target_implied
    from source
)

select * from renamed
