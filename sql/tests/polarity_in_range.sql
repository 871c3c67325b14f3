-- Rule: polarity in [-1, 1], subjectivity in [0, 1], stance one of three labels.
select
    statement_id,
    target,
    polarity,
    subjectivity,
    stance
from main.stances
where
    polarity not between -1 and 1
    or subjectivity not between 0 and 1
    or stance not in ('positive', 'neutral', 'negative')
    or polarity is null
