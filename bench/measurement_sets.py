"""The held-out sets kept for measurement: drawn and annotated blind by helpers who changed no code, never read.

Nobody opens their texts or reads the extractor's misses on them; they are scored on totals only, by the lead,
at the end of a session (`bench/extraction.py --measure`). Every other bench script skips them: a rule or a
model tuned on them would make their number a seen one.
"""

MEASURE = ("heldout27", "heldout29", "heldout43", "heldout44", "heldout45", "heldout53", "heldout54",
           "heldout68", "heldout74", "heldout75", "heldout83", "heldout84", "heldout89",
           "heldout97", "heldout102", "heldout103", "heldout104", "heldout106", "heldout107",
           "heldout108", "heldout109", "heldout112", "heldout113", "heldout114", "heldout115",
           "heldout117", "heldout118", "heldout119", "heldout123", "heldout124",
           "heldout128", "heldout129", "heldout138", "heldout139", "heldout140", "heldout141",
           "heldout144", "heldout145", "heldout154", "heldout155", "heldout157")
