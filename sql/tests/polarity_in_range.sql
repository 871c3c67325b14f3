-- Rule: polarity in [-1, 1], subjectivity in [0, 1], stance (and the rules' stance, where
-- recorded) one of three labels, the learned layer's probability (where recorded) in [1/3, 1].
select
    statement_id,
    target,
    polarity,
    subjectivity,
    stance,
    rule_stance,
    stance_probability
from main.stances
where
    polarity not between -1 and 1
    or subjectivity not between 0 and 1
    or stance not in ('positive', 'neutral', 'negative')
    or rule_stance not in ('positive', 'neutral', 'negative')
    or stance_probability not between 0.333 and 1
    or polarity is null
