-- Statements by Russian officials or institutions, typed.
-- Grain: one row per statement (statement_id). Upstream: statements.
with source as (
    select * from main.statements
),

renamed as (
    select
        statement_id,
        article_id,
        speaker,
        kind,
        text as statement_text,
        char_start,
        char_end,
        speaker_mention,
        cue
    from source
)

select * from renamed
