-- Rule: a statement's offsets point into its article's body and cut out exactly its text.
select
    s.statement_id,
    s.char_start,
    s.char_end
from main.statements as s
inner join main.articles as a on s.article_id = a.article_id
where
    s.char_start < 0 or s.char_end <= s.char_start or s.char_end > length(a.body)
    or substring(a.body, s.char_start + 1, s.char_end - s.char_start) != s.text
