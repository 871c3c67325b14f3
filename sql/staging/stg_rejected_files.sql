-- Files that could not become an article, with the month they were seen.
-- Grain: one row per (source_file, content_sha256, reason). Upstream: rejected_files.
with source as (
    select * from main.rejected_files
),

renamed as (
    select
        source_file,
        content_sha256,
        reason,
        seen_at,
        cast(date_trunc('month', seen_at) as date) as seen_month
    from source
)

select * from renamed
