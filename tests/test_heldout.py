"""Blind article sets with hand labels, measured by the same matching as `stancewatch evaluate`.

Sets of 12 realistic articles each (tests/heldout/ ... tests/heldout66/), each written and
labelled by someone who had not read the rules, the lexicon or the development cases (see their
README files), measured once on the rules of the moment (that is the figure for articles nobody
here has seen: see the top-level README), and then used as development data. Their floors guard
the work done since and say nothing about unseen text. Changing a rule after looking at a set's
errors makes it development data: write a new blind set instead.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from stancewatch.evaluate import EvaluationReport, evaluate, found_frame
from stancewatch.train import analyse_folder

TESTS = Path(__file__).parent

# set -> (recall, speaker, target, stance, macro-F1) floors. Every set below was blind once and
# is development data now (its errors were read while writing rules); the blind figures are in
# the README ("On articles nobody here had seen"). Floors sit a little under the latest figures.
# Since session 13 every set is also training data of the learned stance layer
# (stancewatch/learned.py): its stance and macro-F1 floors sit 0.03 under the figures with the
# shipped weights, which were fitted on these very rows (in-sample, no evidence about unseen
# text): they catch lost or stale weights, not a worse reading. The figures in the comments are
# the rules' own (session 12 and before) unless they say otherwise.
FLOORS = {
    # development data since session 2; at the end of session 4 0.989 / 0.979 / 0.947 / 0.819 /
    # 0.815. Session 5's article context (stance.in_article_context) costs the three most-tuned
    # sets 1-7 points: their remaining neutral rows without evidence are mostly truly neutral,
    # unlike on unseen text (see the README); 0.745 / 0.724 after it. The continuation rule
    # (a targetless chunk after the same speaker's statement takes its targets) moves its target
    # accuracy 0.947 -> 0.904 (three self-descriptions labelled "none")
    "heldout": (0.97, 0.96, 0.88, 0.90, 0.90),
    # blind at the end of session 2: 0.837 / 0.963 / 0.707 / 0.524 / 0.559; at the end of
    # session 4 0.980 / 0.979 / 0.865 / 0.812 / 0.814; with the article context 0.781 / 0.758
    "heldout2": (0.96, 0.96, 0.84, 0.90, 0.90),
    # blind at the end of session 3 (commit ea91f28): 0.912 / 0.978 / 0.817 / 0.613 / 0.591;
    # at the end of session 4 0.980 / 0.990 / 0.850 / 0.820 / 0.785; with the article context
    # 0.810 / 0.750
    "heldout3": (0.96, 0.97, 0.83, 0.90, 0.87),
    # blind in session 4 (commit 519ad01): 0.874 / 0.990 / 0.798 / 0.471 / 0.456; at the end of
    # session 4 0.916 / 1.000 / 0.826 / 0.661 / 0.580; with the article context 0.718 / 0.601
    "heldout4": (0.89, 0.97, 0.80, 0.86, 0.82),
    # blind in session 4 (commit 54eb83a): 0.862 / 0.982 / 0.741 / 0.509 / 0.515; at the end of
    # session 4 0.877 / 0.982 / 0.772 / 0.544 / 0.538; with the article context 0.640 / 0.622
    "heldout5": (0.86, 0.96, 0.75, 0.87, 0.86),
    # blind in session 4 (commit 1ec5d46): 0.788 / 0.975 / 0.697 / 0.403 / 0.408; at the end of
    # session 4 0.834 / 0.976 / 0.746 / 0.516 / 0.506; with the article context 0.587 / 0.553
    "heldout6": (0.81, 0.95, 0.72, 0.79, 0.77),
    # blind at the end of session 4 (commit a1b8c6f): 0.732 / 0.954 / 0.899 / 0.486 / 0.477;
    # after its misses were read 0.772 / 0.957 / 0.896 / 0.504 / 0.499; with the article
    # context 0.617 / 0.575
    "heldout7": (0.75, 0.93, 0.87, 0.88, 0.86),
    # blind in session 5 with the article context (commit 3a0dcf8): 0.765 / 0.941 / 0.822 /
    # 0.515 / 0.468 (session 4's rules 0.366 / 0.373, raw textblob-nl 0.327 / 0.345); with the
    # continuation rule 0.765 / 0.941 / 0.891 / 0.545 / 0.464; after the interview rule, the
    # lexicon rows and the historical registry 0.902 / 0.983 / 0.882 / 0.563 / 0.483
    "heldout8": (0.87, 0.95, 0.85, 0.84, 0.76),
    # blind in session 5 (commit 77391a7: article context, continuation, interviews, lexicon,
    # cues, historical registry): 0.825 / 0.992 / 0.839 / 0.669 / 0.600 (session 4's rules
    # 0.811 / 0.991 / 0.802 / 0.526 / 0.522; raw textblob-nl 0.381 / 0.400); after its errors
    # were read 0.895 / 0.992 / 0.836 / 0.656 / 0.590
    "heldout9": (0.87, 0.96, 0.81, 0.89, 0.88),
    # blind at the end of session 5 (commit 6fffbe9): 0.846 / 0.968 / 0.802 / 0.579 / 0.545
    # (session 4's rules 0.799 / 0.950 / 0.798 / 0.513 / 0.495; the article context alone,
    # 3a0dcf8, 0.799 / 0.950 / 0.798 / 0.580 / 0.549; raw textblob-nl 0.357 / 0.347); after its
    # errors were read 0.886 / 0.970 / 0.803 / 0.659 / 0.617
    "heldout10": (0.86, 0.94, 0.78, 0.90, 0.90),
    # blind at the end of session 5 (commit b0c3438): 0.789 / 0.990 / 0.742 / 0.423 / 0.435
    # (session 4's rules 0.675 / 0.964 / 0.675 / 0.422 / 0.416; the article context alone
    # 0.675 / 0.964 / 0.675 / 0.422 / 0.431; raw textblob-nl 0.309 / 0.284); after its misses
    # were read 0.870 / 0.991 / 0.729 / 0.421 / 0.427
    "heldout11": (0.84, 0.96, 0.70, 0.80, 0.80),
    # blind at the end of session 5 (commit b0c3438): 0.865 / 1.000 / 0.851 / 0.687 / 0.612
    # (session 4's rules 0.865 / 1.000 / 0.813 / 0.567 / 0.567; the article context alone
    # 0.865 / 1.000 / 0.813 / 0.679 / 0.627; raw textblob-nl 0.306 / 0.301); after its errors
    # were read 0.865 / 1.000 / 0.881 / 0.716 / 0.632
    "heldout12": (0.84, 0.97, 0.85, 0.89, 0.85),
    # blind at the end of session 5 (commit e0e2d55): 0.830 / 0.984 / 0.779 / 0.582 / 0.582
    # (session 4's rules 0.728 / 0.972 / 0.738 / 0.542 / 0.546; the article context alone
    # 0.728 / 0.972 / 0.738 / 0.579 / 0.570; b0c3438 0.823 / 0.983 / 0.777 / 0.579 / 0.578;
    # raw textblob-nl 0.344 / 0.339); after its errors were read 0.864 / 0.984 / 0.787 / 0.591 /
    # 0.592
    "heldout13": (0.84, 0.95, 0.75, 0.91, 0.92),
    # blind at the end of session 5 (commit 5303b33): 0.886 / 0.991 / 0.838 / 0.573 / 0.545
    # (session 4's rules 0.811 / 0.963 / 0.785 / 0.486 / 0.490; the article context alone
    # 0.811 / 0.963 / 0.785 / 0.533 / 0.523; e0e2d55 0.871 / 0.991 / 0.835 / 0.565 / 0.534;
    # raw textblob-nl 0.316 / 0.322)
    "heldout14": (0.86, 0.96, 0.81, 0.87, 0.86),
    # blind in session 6 (commit bed1425: parse fixes, implied counterpart, asymmetric context,
    # 'maar', hope/advice cues, lexicon rows): 0.900 / 0.963 / 0.824 / 0.472 / 0.479 (session
    # 5's final rules, 79c8507: 0.867 / 0.971 / 0.779 / 0.500 / 0.503; on the 104 rows both
    # find, stance 0.500 -> 0.481 and target 0.779 -> 0.817; raw textblob-nl 0.370 / 0.371)
    "heldout15": (0.88, 0.94, 0.80, 0.83, 0.82),
    # blind in session 6 (commit bed1425): 0.904 / 0.956 / 0.867 / 0.602 / 0.559 (79c8507:
    # 0.872 / 0.963 / 0.789 / 0.596 / 0.547; on the 109 rows both find, stance 0.596 -> 0.587
    # and target 0.789 -> 0.862; raw textblob-nl 0.327 / 0.336)
    "heldout16": (0.88, 0.93, 0.84, 0.92, 0.92),
    # blind at the end of session 6 (commit f7bd1e4, the final code of the session): 0.921 /
    # 0.974 / 0.752 / 0.556 / 0.547 (79c8507: 0.882 / 0.955 / 0.732 / 0.545 / 0.521; on the 112
    # rows both find, stance 0.545 -> 0.571 and target 0.732 -> 0.741; raw textblob-nl 0.325 /
    # 0.319)
    "heldout17": (0.90, 0.95, 0.73, 0.81, 0.80),
    # blind at the end of session 6 (commit f7bd1e4): 0.846 / 0.983 / 0.843 / 0.626 / 0.566
    # (79c8507: 0.831 / 0.982 / 0.841 / 0.611 / 0.561; on the 113 rows both find, stance 0.611 ->
    # 0.619, target 0.841 both; raw textblob-nl 0.322 / 0.253)
    # session 7: 0.890 / 0.983 / 0.843 / 0.595 / 0.530 (gained the generic admonition of d03;
    # lost "waarschuwde voor te veel optimisme", labelled neutral, and two statements of d11
    # that take its tone as context, a proposal in d02 whose positive context fell under +0.3,
    # and d10's arrest report)
    "heldout18": (0.82, 0.96, 0.82, 0.89, 0.88),
    # blind at the very end of session 6 (commit 7287a2f, after more statement rules read from
    # heldout15-18): 0.861 / 0.983 / 0.703 / 0.542 / 0.533 (79c8507: 0.825 / 0.973 / 0.708 /
    # 0.531 / 0.529; on the 113 rows both find, stance 0.531 -> 0.558, target 0.708 -> 0.699; raw
    # textblob-nl 0.475 / 0.446: a set with many neutral rows, 43% ambiguous)
    "heldout19": (0.84, 0.96, 0.68, 0.83, 0.84),
    # blind at the very end of session 6 (commit 7287a2f): 0.953 / 0.975 / 0.901 / 0.645 / 0.624
    # (79c8507: 0.937 / 0.975 / 0.832 / 0.647 / 0.622; on the 119 rows both find, stance 0.647 ->
    # 0.655, target 0.832 -> 0.899; raw textblob-nl 0.273 / 0.268); session 14's target layer
    # adds a US row to one or two statements labelled with another target (0.872 with the
    # weights fitted on 87 sets)
    "heldout20": (0.93, 0.95, 0.86, 0.93, 0.91),
    # blind in session 7 (commit dcbacb3, mid-session): 0.824 / 0.949 / 0.857 / 0.561 / 0.559
    # (session 6's final rules 55fb417: 0.824 / 0.949 / 0.878 / 0.541 / 0.540; raw textblob-nl
    # 0.490 / 0.418); after its misses were read (verbs, unregistered officials, appositions)
    # 0.899 / 0.972 / 0.860 / 0.542 / 0.543
    "heldout21": (0.87, 0.95, 0.83, 0.82, 0.83),
    # blind in session 7 (commit ff6bce9): 0.941 / 0.992 / 0.866 / 0.646 / 0.607 (55fb417:
    # 0.919 / 0.984 / 0.855 / 0.629 / 0.597; raw textblob-nl 0.354 / 0.372)
    "heldout22": (0.92, 0.97, 0.84, 0.91, 0.89),
    # blind at the end of session 7 (rules of 8c9fbb1): 0.902 / 0.982 / 0.739 / 0.459 / 0.465
    # (55fb417: 0.846 / 0.971 / 0.750 / 0.452 / 0.454; raw textblob-nl 0.279 / 0.276)
    "heldout23": (0.88, 0.96, 0.71, 0.81, 0.81),
    # blind at the end of session 7 (rules of 8c9fbb1): 0.909 / 0.982 / 0.809 / 0.636 / 0.534
    # (55fb417: 0.901 / 0.982 / 0.807 / 0.615 / 0.519; raw textblob-nl 0.291 / 0.263)
    "heldout24": (0.88, 0.96, 0.78, 0.86, 0.84),
    # blind at the very end of session 7 (rules of c1f9572, the same figures with 8c9fbb1):
    # 0.877 / 0.974 / 0.781 / 0.456 / 0.453 (55fb417: 0.869 / 0.973 / 0.779 / 0.434 / 0.432; raw
    # textblob-nl 0.360 / 0.339)
    "heldout25": (0.85, 0.95, 0.75, 0.81, 0.81),
    # blind at the very end of session 7 (c1f9572; 8c9fbb1 the same): 0.864 / 0.947 / 0.711 /
    # 0.605 / 0.580 (55fb417: 0.864 / 0.947 / 0.719 / 0.614 / 0.584; raw textblob-nl 0.351 /
    # 0.328)
    "heldout26": (0.84, 0.92, 0.69, 0.81, 0.81),
    # blind at the very end of session 7 (rules of c1f9572): 0.944 / 0.966 / 0.821 / 0.487 /
    # 0.482 (55fb417: 0.935 / 0.974 / 0.819 / 0.483 / 0.477; raw textblob-nl 0.393 / 0.359)
    "heldout27": (0.92, 0.94, 0.79, 0.89, 0.90),
    # blind at the very end of session 7 (c1f9572): 0.943 / 0.991 / 0.828 / 0.655 / 0.631
    # (55fb417: 0.911 / 0.973 / 0.830 / 0.643 / 0.615; raw textblob-nl 0.422 / 0.427)
    "heldout28": (0.92, 0.97, 0.80, 0.89, 0.88),
    # blind at the very end of session 7 (rules of 5bfcf40; c1f9572 the same): 0.879 / 0.982 /
    # 0.789 / 0.578 / 0.578 (55fb417: 0.863 / 0.972 / 0.785 / 0.551 / 0.552; raw textblob-nl
    # 0.440 / 0.407)
    "heldout29": (0.85, 0.96, 0.76, 0.85, 0.85),
    # blind at the very end of session 7 (5bfcf40; c1f9572 the same): 0.879 / 0.974 / 0.897 /
    # 0.707 / 0.706 (55fb417: 0.871 / 0.974 / 0.904 / 0.696 / 0.695; raw textblob-nl 0.405 /
    # 0.388)
    "heldout30": (0.85, 0.95, 0.87, 0.95, 0.95),
    # blind in session 8 (rules of 16010ab, mid-session): 0.846 / 0.955 / 0.782 / 0.655 / 0.619
    # (99d8e17, session 7's final rules: 0.846 / 0.955 / 0.782 / 0.645 / 0.611; raw textblob-nl
    # 0.364 / 0.310)
    "heldout34": (0.87, 0.93, 0.76, 0.80, 0.78),
    # blind at the start of session 9 (50d27fb, session 8's final rules): 0.843 / 0.963 / 0.729 /
    # 0.505 / 0.493 (99d8e17: 0.843 / 0.963 / 0.729 / 0.486 / 0.475; raw textblob-nl 0.364 /
    # 0.302)
    "heldout31": (0.84, 0.95, 0.71, 0.85, 0.85),
    # blind at the start of session 9 (50d27fb): 0.932 / 0.992 / 0.837 / 0.626 / 0.585 (99d8e17:
    # 0.932 / 0.992 / 0.846 / 0.634 / 0.593; raw textblob-nl 0.390 / 0.376)
    "heldout32": (0.91, 0.97, 0.81, 0.88, 0.87),
    # blind at the end of session 9 (91e1b2a, its final rules): 0.902 / 0.973 / 0.873 / 0.655 /
    # 0.614 (50d27fb: 0.893 / 0.972 / 0.872 / 0.661 / 0.623; raw textblob-nl 0.327 / 0.323)
    "heldout33": (0.88, 0.95, 0.85, 0.90, 0.90),
    # blind at the end of session 9 (91e1b2a): 0.905 / 1.000 / 0.816 / 0.526 / 0.525 (50d27fb:
    # 0.897 / 1.000 / 0.823 / 0.531 / 0.531; raw textblob-nl 0.325 / 0.294)
    "heldout35": (0.88, 0.97, 0.79, 0.82, 0.82),
    # blind at the end of session 9 (91e1b2a): 0.945 / 0.992 / 0.750 / 0.608 / 0.580 (50d27fb:
    # 0.937 / 0.992 / 0.748 / 0.605 / 0.578; raw textblob-nl 0.458 / 0.404)
    "heldout36": (0.92, 0.97, 0.72, 0.83, 0.82),
    # blind at the end of session 10 (4075443): 0.926 / 0.982 / 0.752 / 0.655 / 0.652
    # (c04e16f: 0.902 / 0.982 / 0.745 / 0.664 / 0.661; raw textblob-nl 0.425 / 0.373)
    "heldout37": (0.90, 0.96, 0.73, 0.81, 0.81),
    # blind at the end of session 10 (4075443): 0.887 / 0.984 / 0.752 / 0.576 / 0.581
    # (c04e16f: 0.872 / 0.984 / 0.748 / 0.577 / 0.582; raw textblob-nl 0.384 / 0.352)
    "heldout38": (0.86, 0.96, 0.73, 0.83, 0.84),
    # blind at the end of session 10 (4075443): 0.920 / 0.991 / 0.783 / 0.687 / 0.599
    # (c04e16f: 0.904 / 0.991 / 0.779 / 0.681 / 0.597; raw textblob-nl 0.278 / 0.265)
    "heldout39": (0.90, 0.97, 0.76, 0.79, 0.75),
    # blind at the end of session 10 (4075443): 0.926 / 0.991 / 0.768 / 0.688 / 0.682
    # (c04e16f: 0.909 / 0.991 / 0.764 / 0.691 / 0.686; raw textblob-nl 0.429 / 0.360)
    "heldout40": (0.90, 0.97, 0.74, 0.88, 0.87),
    # blind at the end of session 10 (4075443): 0.953 / 0.967 / 0.813 / 0.634 / 0.592
    # (c04e16f: 0.953 / 0.967 / 0.813 / 0.634 / 0.592; raw textblob-nl 0.333 / 0.285)
    "heldout41": (0.93, 0.94, 0.79, 0.87, 0.86),
    # blind at the end of session 10 (4075443): 0.908 / 0.981 / 0.824 / 0.639 / 0.583
    # (c04e16f: 0.899 / 0.981 / 0.822 / 0.636 / 0.582; raw textblob-nl 0.333 / 0.337)
    "heldout42": (0.88, 0.96, 0.80, 0.85, 0.84),
    # blind at the end of session 11 (31834b7): 0.835 / 0.983 / 0.776 / 0.543 / 0.539 (session
    # 10's final rules 727e487: 0.827 / 0.991 / 0.774 / 0.539 / 0.533; raw textblob-nl 0.336 /
    # 0.275)
    "heldout43": (0.81, 0.96, 0.75, 0.84, 0.84),
    # blind at the end of session 11 (31834b7): 0.908 / 0.981 / 0.694 / 0.639 / 0.640 (727e487:
    # the same; raw textblob-nl 0.380 / 0.378)
    "heldout44": (0.88, 0.96, 0.67, 0.81, 0.81),
    # blind at the end of session 11 (31834b7): 0.858 / 0.990 / 0.786 / 0.718 / 0.641 (727e487:
    # the same; raw textblob-nl 0.194 / 0.216)
    "heldout45": (0.83, 0.97, 0.76, 0.84, 0.83),
    # blind at the end of session 11 (31834b7): 0.880 / 0.964 / 0.773 / 0.582 / 0.560 (727e487:
    # 0.864 / 0.972 / 0.778 / 0.583 / 0.561; raw textblob-nl 0.336 / 0.292)
    "heldout46": (0.86, 0.94, 0.75, 0.83, 0.83),
    # blind at the end of session 11 (31834b7): 0.864 / 0.980 / 0.686 / 0.608 / 0.623 (727e487:
    # the same; raw textblob-nl 0.353 / 0.366)
    "heldout47": (0.84, 0.96, 0.66, 0.77, 0.78),
    # blind at the end of session 11 (31834b7): 0.912 / 1.000 / 0.807 / 0.754 / 0.685 (727e487:
    # 0.904 / 1.000 / 0.805 / 0.752 / 0.684; raw textblob-nl 0.333 / 0.360)
    "heldout48": (0.89, 0.98, 0.78, 0.88, 0.87),
    # blind at the start of session 12 on session 11's final rules (069bc75): 0.860 / 0.973 /
    # 0.883 / 0.568 / 0.561 (727e487: 0.845 / 0.972 / 0.881 / 0.569 / 0.558; raw textblob-nl
    # 0.324 / 0.313)
    "heldout49": (0.84, 0.95, 0.86, 0.87, 0.87),
    # blind at the start of session 12 (069bc75): 0.917 / 0.992 / 0.711 / 0.562 / 0.568 (727e487:
    # 0.909 / 0.992 / 0.708 / 0.558 / 0.565; raw textblob-nl 0.388 / 0.354)
    "heldout50": (0.89, 0.97, 0.69, 0.78, 0.78),
    # blind at the start of session 12 (069bc75): 0.924 / 1.000 / 0.793 / 0.645 / 0.628 (727e487:
    # 0.916 / 1.000 / 0.792 / 0.642 / 0.623; raw textblob-nl 0.339 / 0.334)
    "heldout51": (0.90, 0.98, 0.77, 0.82, 0.80),
    # blind in session 12 on the rules written from heldout49-51 (136b7c0): 0.904 / 0.975 /
    # 0.672 / 0.631 / 0.620 (session 11's final rules 069bc75: 0.896 / 0.975 / 0.678 / 0.628 /
    # 0.618; raw textblob-nl 0.443 / 0.365); after its misses were read 0.970 / 0.977 / 0.656 /
    # 0.611 / 0.600 (the rows found since are scored less well than the set's average)
    "heldout52": (0.88, 0.95, 0.63, 0.81, 0.81),
    # blind in session 12 (136b7c0): 0.948 / 0.992 / 0.812 / 0.539 / 0.513 (069bc75: 0.941 /
    # 0.992 / 0.811 / 0.543 / 0.518; raw textblob-nl 0.352 / 0.330)
    "heldout53": (0.92, 0.97, 0.79, 0.85, 0.84),
    # blind in session 12 (136b7c0): 0.940 / 1.000 / 0.786 / 0.651 / 0.586 (069bc75: 0.933 /
    # 1.000 / 0.784 / 0.648 / 0.578; raw textblob-nl 0.397 / 0.374)
    "heldout54": (0.92, 0.98, 0.76, 0.83, 0.81),
    # blind in session 12 on its second round of rules (85761a0): 0.923 / 0.917 / 0.717 / 0.550 /
    # 0.536 (session 11's final rules 069bc75: 0.892 / 0.914 / 0.698 / 0.560 / 0.545; raw
    # textblob-nl 0.367 / 0.335)
    "heldout55": (0.90, 0.89, 0.69, 0.76, 0.76),
    # blind in session 12 (85761a0): 0.926 / 0.976 / 0.728 / 0.656 / 0.626 (069bc75:
    # 0.904 / 0.975 / 0.730 / 0.656 / 0.627; raw textblob-nl 0.416 / 0.423)
    "heldout56": (0.90, 0.95, 0.70, 0.79, 0.77),
    # blind in session 12 (85761a0): 0.925 / 0.984 / 0.772 / 0.732 / 0.570 (069bc75:
    # 0.910 / 0.983 / 0.777 / 0.727 / 0.566; raw textblob-nl 0.472 / 0.368)
    "heldout57": (0.90, 0.96, 0.75, 0.89, 0.83),
    # blind in session 12 on its third round of rules (2bfb89c): 0.952 / 0.983 / 0.807 / 0.546 /
    # 0.545 (session 11's final rules 069bc75: 0.920 / 0.983 / 0.800 / 0.539 / 0.538; raw
    # textblob-nl 0.319 / 0.277)
    "heldout58": (0.93, 0.96, 0.78, 0.87, 0.87),
    # blind in session 12 (2bfb89c): 0.968 / 0.983 / 0.733 / 0.592 / 0.573 (069bc75:
    # 0.960 / 0.983 / 0.731 / 0.588 / 0.571; raw textblob-nl 0.433 / 0.434)
    "heldout59": (0.94, 0.96, 0.71, 0.79, 0.80),
    # blind in session 12 (2bfb89c): 0.872 / 1.000 / 0.793 / 0.638 / 0.581 (069bc75:
    # 0.842 / 1.000 / 0.812 / 0.625 / 0.572; raw textblob-nl 0.405 / 0.362)
    "heldout60": (0.85, 0.98, 0.77, 0.83, 0.82),
    # blind in session 12 on its fourth round of rules (43aa768): 0.909 / 0.967 / 0.767 / 0.642 /
    # 0.636 (session 11's final rules 069bc75: 0.886 / 0.966 / 0.761 / 0.641 / 0.634; raw
    # textblob-nl 0.433 / 0.407)
    "heldout61": (0.88, 0.94, 0.74, 0.82, 0.82),
    # blind in session 12 (43aa768): 0.859 / 0.940 / 0.724 / 0.655 / 0.639 (069bc75:
    # 0.852 / 0.939 / 0.730 / 0.652 / 0.638; raw textblob-nl 0.336 / 0.306)
    "heldout62": (0.83, 0.91, 0.70, 0.80, 0.80),
    # blind in session 12 (43aa768): 0.963 / 0.992 / 0.814 / 0.752 / 0.672 (069bc75:
    # 0.933 / 1.000 / 0.816 / 0.744 / 0.657; raw textblob-nl 0.364 / 0.362)
    "heldout63": (0.94, 0.97, 0.79, 0.86, 0.83),
    # blind at the end of session 12 on its final rules (85f488f): 0.923 / 0.923 / 0.643 / 0.566 /
    # 0.566 (session 11's final rules 069bc75: 0.916 / 0.915 / 0.655 / 0.570 / 0.570; raw
    # textblob-nl 0.399 / 0.344)
    "heldout64": (0.90, 0.90, 0.62, 0.77, 0.78),
    # blind at the end of session 12 (85f488f): 0.911 / 0.973 / 0.752 / 0.673 / 0.658 (069bc75:
    # 0.887 / 0.973 / 0.755 / 0.655 / 0.641; raw textblob-nl 0.451 / 0.453)
    "heldout65": (0.89, 0.95, 0.73, 0.83, 0.83),
    # blind at the end of session 12 (85f488f): 0.963 / 0.992 / 0.869 / 0.738 / 0.705 (069bc75:
    # the same; raw textblob-nl 0.469 / 0.447)
    "heldout66": (0.94, 0.97, 0.84, 0.93, 0.91),
    # blind at the start of session 13 on session 12's final rules (c94dd76) with the first
    # learned layer (fitted on heldout-heldout66): 0.859 / 0.978 / 0.701 / 0.761 / 0.765 (the
    # rules' own stance 0.701 / 0.700; raw textblob-nl 0.433)
    "heldout67": (0.84, 0.95, 0.68, 0.87, 0.87),
    # blind (the same): 0.955 / 0.953 / 0.793 / 0.627 / 0.617 (rules 0.547 / 0.539; raw 0.327)
    "heldout68": (0.93, 0.93, 0.77, 0.82, 0.82),
    # blind (the same): 0.885 / 0.969 / 0.752 / 0.758 / 0.730 (rules 0.646 / 0.617; raw 0.317)
    "heldout69": (0.86, 0.94, 0.73, 0.85, 0.84),
    # blind in session 13 on the layer fitted on heldout-heldout69 (speaker feature, C=0.2):
    # 0.882 / 0.913 / 0.613 / 0.660 / 0.648 (rules 0.567 / 0.561; raw textblob-nl 0.253)
    "heldout70": (0.86, 0.89, 0.59, 0.73, 0.73),
    # blind (the same): 0.916 / 0.994 / 0.732 / 0.713 / 0.699 (rules 0.598 / 0.595; raw 0.409)
    "heldout71": (0.89, 0.97, 0.71, 0.80, 0.80),
    # blind (the same): 0.870 / 0.993 / 0.809 / 0.723 / 0.674 (rules 0.652 / 0.594; raw 0.284)
    "heldout72": (0.85, 0.97, 0.78, 0.84, 0.83),
    # blind at the end of session 13 on its final rules and weights (fb0a31a, fitted on
    # heldout-heldout72): 0.910 / 0.930 / 0.641 / 0.746 / 0.740 (rules 0.634 / 0.609; raw
    # textblob-nl 0.437); the date and furniture rules after it found two statements more
    "heldout73": (0.89, 0.91, 0.62, 0.82, 0.82),
    # blind (the same): 0.948 / 1.000 / 0.685 / 0.691 / 0.677 (rules 0.606 / 0.600; raw 0.321)
    "heldout74": (0.92, 0.98, 0.66, 0.78, 0.77),
    # blind (the same): 0.922 / 0.961 / 0.766 / 0.760 / 0.749 (rules 0.688 / 0.680; raw 0.331)
    "heldout75": (0.90, 0.94, 0.74, 0.81, 0.81),
    # blind at the end of session 13 on 69f322f (weights fitted on heldout-heldout75):
    # 0.903 / 0.940 / 0.651 / 0.671 / 0.673 (rules 0.591 / 0.592; raw textblob-nl 0.362)
    "heldout76": (0.88, 0.92, 0.63, 0.79, 0.80),
    # blind (the same): 0.867 / 0.981 / 0.673 / 0.647 / 0.630 (rules 0.545 / 0.510; raw 0.359)
    "heldout77": (0.85, 0.96, 0.65, 0.71, 0.69),
    # blind (the same): 0.944 / 1.000 / 0.746 / 0.680 / 0.611 (rules 0.633 / 0.576; raw 0.296)
    "heldout78": (0.92, 0.98, 0.72, 0.78, 0.75),
    # blind at the end of session 13 on its final rules and weights (b2305f9, fitted on
    # heldout-heldout78): 0.861 / 0.965 / 0.606 / 0.704 / 0.690 (rules 0.606 / 0.574; raw
    # textblob-nl 0.451)
    "heldout79": (0.84, 0.94, 0.58, 0.81, 0.82),
    # blind (the same): 0.943 / 1.000 / 0.757 / 0.818 / 0.811 (rules 0.770 / 0.763; raw 0.399)
    "heldout80": (0.92, 0.98, 0.73, 0.88, 0.88),
    # blind (the same): 0.961 / 0.988 / 0.703 / 0.733 / 0.716 (rules 0.686 / 0.675; raw 0.285)
    "heldout81": (0.94, 0.96, 0.68, 0.76, 0.76),
    # blind in session 14 on a590c28 (the target layer; both layers fitted on heldout-heldout81):
    # 0.899 / 0.994 / 0.881 / 0.819 / 0.799 (5583429, without the target layer: stance 0.812 /
    # 0.791, target 0.856; the rules' own stance 0.731 / 0.684; raw textblob-nl 0.406)
    "heldout82": (0.88, 0.97, 0.88, 0.88, 0.87),
    # blind (the same): 0.946 / 0.956 / 0.684 / 0.646 / 0.633 (5583429: 0.646 / 0.638, target
    # 0.684; rules 0.576 / 0.571; raw 0.361)
    "heldout83": (0.93, 0.94, 0.68, 0.81, 0.82),
    # blind (the same): 0.869 / 0.941 / 0.789 / 0.704 / 0.669 (5583429: 0.658 / 0.629, target
    # 0.743; rules 0.539 / 0.505; raw 0.395); speaker 0.954 once evaluate matched "Sergei Ivanov"
    # to the registry's Ivanov (and heldout82's 0.994 -> 1.000: a transliteration)
    "heldout84": (0.85, 0.92, 0.82, 0.83, 0.82),
    # blind in session 14 on 3279355 (both layers fitted on heldout-heldout84; the rules of
    # 15e49a9, read from their errors, came after): 0.918 / 0.949 / 0.795 / 0.724 / 0.662
    # (session 13's final 5583429: stance 0.744 / 0.680; the rules' own 0.647 / 0.572; raw
    # textblob-nl 0.314)
    "heldout85": (0.90, 0.97, 0.79, 0.82, 0.78),
    # blind (the same): 0.870 / 0.918 / 0.679 / 0.687 / 0.674 (5583429: 0.649 / 0.639; rules
    # 0.522 / 0.523; raw 0.321)
    "heldout86": (0.85, 0.93, 0.71, 0.80, 0.79),
    # blind (the same): 0.914 / 0.966 / 0.732 / 0.738 / 0.731 (5583429: 0.691 / 0.685; rules
    # 0.617 / 0.593; raw 0.322)
    "heldout87": (0.89, 0.95, 0.71, 0.79, 0.79),
    # blind at the end of session 14 on its final rules and weights (2c15854, both layers fitted
    # on heldout-heldout87): 0.890 / 0.981 / 0.695 / 0.610 / 0.627 (session 13's final 5583429:
    # 0.884 / 0.935 / 0.680 / 0.601 / 0.615; the rules' own stance 0.552 / 0.551; raw
    # textblob-nl 0.396)
    "heldout88": (0.87, 0.96, 0.69, 0.74, 0.74),
    # blind (the same): 0.879 / 0.980 / 0.778 / 0.791 / 0.755 (5583429: stance 0.725 / 0.693;
    # rules 0.627 / 0.596; raw 0.359)
    "heldout89": (0.86, 0.96, 0.77, 0.86, 0.86),
    # blind (the same): 0.874 / 1.000 / 0.836 / 0.788 / 0.743 (5583429: 0.779 / 0.737; rules
    # 0.753 / 0.702; raw 0.363)
    "heldout90": (0.85, 0.98, 0.83, 0.87, 0.85),
    # blind at the very end of session 14 on its final code and weights (89a7829, both layers
    # fitted on heldout-heldout90), the errors not read: 0.822 / 0.970 / 0.813 / 0.687 / 0.685
    # (session 13's final 5583429: 0.822 / 0.955 / 0.806 / 0.679 / 0.678; the rules' own stance
    # 0.575 / 0.573; raw textblob-nl 0.418). Read in session 15, whose rules find 0.914 of its
    # statements (an official named before his title at a Russian body, a role in apposition to
    # a name, "Dat noemde hij", a fleet as a Russian body ...); the refit moves target to 0.79
    "heldout91": (0.89, 0.95, 0.78, 0.80, 0.80),
    # blind (the same): 0.951 / 0.968 / 0.656 / 0.799 / 0.774 (5583429: stance 0.779 / 0.749;
    # rules 0.708 / 0.672; raw 0.351)
    "heldout92": (0.93, 0.95, 0.65, 0.84, 0.82),
    # blind (the same): 0.915 / 0.980 / 0.667 / 0.807 / 0.758 (5583429: 0.780 / 0.718; rules
    # 0.707 / 0.633; raw 0.347)
    "heldout93": (0.89, 0.96, 0.65, 0.83, 0.80),
    # blind in session 15 on 0f2a09f (both layers fitted on heldout-heldout93), then read:
    # 0.870 / 0.993 / 0.681 / 0.674 / 0.656 (session 14's final e987ecd: stance
    # 0.671 / 0.653; rules 0.567 / 0.568; raw 0.397)
    "heldout94": (0.87, 0.97, 0.68, 0.81, 0.80),
    # blind in session 15 on 0f2a09f (both layers fitted on heldout-heldout93), then read:
    # 0.898 / 0.994 / 0.755 / 0.818 / 0.801 (session 14's final e987ecd: stance
    # 0.822 / 0.808; rules 0.711 / 0.699; raw 0.384)
    "heldout95": (0.87, 0.97, 0.75, 0.86, 0.85),
    # blind in session 15 on 0f2a09f (both layers fitted on heldout-heldout93), then read:
    # 0.910 / 0.974 / 0.795 / 0.728 / 0.699 (session 14's final e987ecd: stance
    # 0.730 / 0.700; rules 0.669 / 0.644; raw 0.437)
    "heldout96": (0.88, 0.95, 0.80, 0.81, 0.80),
    # blind in session 15 on 0f2a09f (both layers fitted on heldout-heldout93), then read:
    # 0.885 / 0.964 / 0.827 / 0.662 / 0.656 (session 14's final e987ecd: stance
    # 0.669 / 0.662; rules 0.511 / 0.511; raw 0.439)
    "heldout97": (0.90, 0.96, 0.80, 0.83, 0.84),
    # blind in session 15 on 0f2a09f (both layers fitted on heldout-heldout93), then read:
    # 0.865 / 0.993 / 0.770 / 0.793 / 0.763 (session 14's final e987ecd: stance
    # 0.807 / 0.780; rules 0.607 / 0.597; raw 0.430)
    "heldout98": (0.84, 0.97, 0.75, 0.90, 0.89),
    # blind in session 15 on 0f2a09f (both layers fitted on heldout-heldout93), then read:
    # 0.937 / 0.966 / 0.765 / 0.792 / 0.789 (session 14's final e987ecd: stance
    # 0.797 / 0.794; rules 0.664 / 0.662; raw 0.396)
    "heldout99": (0.91, 0.94, 0.76, 0.87, 0.87),
    # blind in session 15 on 0f2a09f (both layers fitted on heldout-heldout93), then read:
    # 0.949 / 0.952 / 0.695 / 0.784 / 0.771 (session 14's final e987ecd: stance
    # 0.778 / 0.760; rules 0.719 / 0.710; raw 0.377)
    "heldout100": (0.92, 0.93, 0.71, 0.86, 0.86),
    # blind in session 15 on 0f2a09f (both layers fitted on heldout-heldout93), then read:
    # 0.900 / 0.988 / 0.815 / 0.747 / 0.722 (session 14's final e987ecd: stance
    # 0.739 / 0.713; rules 0.630 / 0.614; raw 0.333)
    "heldout101": (0.88, 0.96, 0.80, 0.86, 0.86),
    # blind in session 15 on 0f2a09f (both layers fitted on heldout-heldout93), then read:
    # 0.962 / 0.961 / 0.791 / 0.778 / 0.694 (session 14's final e987ecd: stance
    # 0.784 / 0.701; rules 0.680 / 0.603; raw 0.366)
    "heldout102": (0.94, 0.94, 0.76, 0.87, 0.81),
    # blind in session 15 on 0f2a09f (both layers fitted on heldout-heldout93), then read:
    # 0.958 / 0.987 / 0.785 / 0.816 / 0.824 (session 14's final e987ecd: stance
    # 0.816 / 0.824; rules 0.671 / 0.670; raw 0.462)
    "heldout103": (0.93, 0.96, 0.77, 0.90, 0.90),
    # blind in session 15 on 0f2a09f (both layers fitted on heldout-heldout93), then read:
    # 0.887 / 1.000 / 0.724 / 0.806 / 0.806 (session 14's final e987ecd: stance
    # 0.797 / 0.785; rules 0.731 / 0.683; raw 0.493)
    "heldout104": (0.86, 0.98, 0.70, 0.85, 0.86),
    # blind at the very end of session 15 on its final code (3043837, both layers fitted on
    # heldout-heldout104), not read: 0.866 / 0.961 / 0.645 / 0.677 / 0.677
    # (session 14's final e987ecd: stance 0.685 / 0.687; rules 0.581 / 0.575; raw 0.368)
    "heldout105": (0.84, 0.94, 0.63, 0.78, 0.78),
    # blind at the very end of session 15 on its final code (3043837, both layers fitted on
    # heldout-heldout104), not read: 0.919 / 0.943 / 0.722 / 0.734 / 0.707
    # (session 14's final e987ecd: stance 0.722 / 0.688; rules 0.620 / 0.586; raw 0.456)
    "heldout106": (0.89, 0.92, 0.70, 0.83, 0.81),
    # blind at the very end of session 15 on its final code (3043837, both layers fitted on
    # heldout-heldout104), not read: 0.933 / 0.994 / 0.798 / 0.673 / 0.665
    # (session 14's final e987ecd: stance 0.685 / 0.678; rules 0.571 / 0.570; raw 0.321)
    "heldout107": (0.91, 0.97, 0.78, 0.84, 0.84),
    # blind at the very end of session 15 on its final code (3043837, both layers fitted on
    # heldout-heldout104), not read: 0.873 / 0.965 / 0.715 / 0.764 / 0.779
    # (session 14's final e987ecd: stance 0.754 / 0.752; rules 0.604 / 0.609; raw 0.438)
    "heldout108": (0.85, 0.94, 0.73, 0.91, 0.91),
    # blind at the very end of session 15 on its final code (3043837, both layers fitted on
    # heldout-heldout104), not read: 0.926 / 0.980 / 0.860 / 0.700 / 0.636
    # (session 14's final e987ecd: stance 0.698 / 0.632; rules 0.640 / 0.594; raw 0.340)
    "heldout109": (0.90, 0.96, 0.83, 0.83, 0.80),
    # blind at the very end of session 15 on its final code (3043837, both layers fitted on
    # heldout-heldout104), not read: 0.873 / 1.000 / 0.681 / 0.792 / 0.752
    # (session 14's final e987ecd: stance 0.792 / 0.759; rules 0.639 / 0.525; raw 0.361)
    "heldout110": (0.85, 0.98, 0.65, 0.81, 0.79),
}


def found_in(folder: Path, *, learned: bool = True) -> pl.DataFrame:
    """What the pipeline's pure stages find in `folder`, shaped like
    warehouse.query.statements_with_stances (the frame `stancewatch evaluate` scores)."""
    _articles, rejected, statements, stances = analyse_folder(folder, learned=learned)
    assert rejected.is_empty()
    return found_frame(statements, stances)


def _figures(report: EvaluationReport) -> tuple[float, ...]:
    """The five figures the floors are kept for, in FLOORS order."""
    return (
        report.recall,
        report.speaker_accuracy,
        report.target_accuracy,
        report.stance_accuracy,
        report.macro_f1,
    )


def _report(name: str) -> EvaluationReport:
    gold = pl.read_csv(TESTS / name / "statements.csv", infer_schema=False)
    return evaluate(gold, found_in(TESTS / name / "articles"))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_article_set_is_complete(name: str) -> None:
    gold = pl.read_csv(TESTS / name / "statements.csv", infer_schema=False)
    names = {p.name for p in (TESTS / name / "articles").glob("*.txt")}
    assert set(gold.get_column("file")) == names and len(names) == 12
    assert gold.height >= 90


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_article_set_stays_above_its_floors(name: str) -> None:
    measured = _figures(_report(name))
    print(f"\n{name}: " + " / ".join(f"{m:.3f}" for m in measured))
    assert all(m >= f for m, f in zip(measured, FLOORS[name], strict=True)), (measured, name)


# the seeds through the whole pipeline, as `stancewatch evaluate` scores them (the README's seed
# figures): 27/27 found, speaker 1.000, target 0.926, stance 0.889, macro-F1 0.872 in session 6
# (0.778 / 0.706 at the end of session 5, 0.963 / 0.963 before the article context; the
# asymmetric context gave most of it back; the first-pass scorer alone is guarded in
# tests/test_stance.py). Since session 13 the learned layer decides: stance 0.778, macro-F1 0.738
# with the weights fitted on heldout-heldout81 (0.778-0.815 / 0.734-0.790 with those fitted on
# 72, 75 and 78 sets: one row; the seeds are no training data); the rules alone still give
# 0.889 / 0.872, guarded below. Session 14's target layer (stancewatch/learned_target.py) adds
# a US row to five seed statements whose labels name another target (China and India, the
# "twintig of dertig landen", the allied leaders, Kiev's negotiators): target 0.926 -> 0.741,
# stance 0.778 -> 0.815, macro-F1 0.738 -> 0.787 (on the 81 sets left out in turn it adds 438
# rows, 65% of them labelled US: target 78.2% -> 79.8%); with the weights fitted on 84, 87, 90
# and 93 sets 0.815 / 0.787, 0.778 / 0.738, 0.778 / 0.738 and 0.815 / 0.796 (one row); with
# those fitted on 104 and 110 sets (session 15) 0.815 / 0.796 and 0.778 / 0.738
SEED_FLOORS = (1.0, 1.0, 0.72, 0.77, 0.73)


def test_seed_articles_stay_above_their_floors() -> None:
    gold = pl.read_csv(TESTS / "gold" / "seed_statements.csv", infer_schema=False)
    measured = _figures(evaluate(gold, found_in(TESTS.parent / "seeds")))
    assert all(m >= f for m, f in zip(measured, SEED_FLOORS, strict=True)), measured


RULES_SEED_FLOORS = (1.0, 1.0, 0.90, 0.85, 0.83)


def test_seed_articles_by_the_rules_alone_stay_above_their_floors() -> None:
    gold = pl.read_csv(TESTS / "gold" / "seed_statements.csv", infer_schema=False)
    found = found_in(TESTS.parent / "seeds", learned=False)
    measured = _figures(evaluate(gold, found))
    assert all(m >= f for m, f in zip(measured, RULES_SEED_FLOORS, strict=True)), measured
