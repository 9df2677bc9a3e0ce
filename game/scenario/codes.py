"""The stable diagnostic codes. Never renumber: logs, docs and tests use them.

Groups: DB0xx file and YAML, DB1xx schema, DB2xx references and texts,
DB3xx node structure, DB4xx meters and effects, DB5xx expressions,
DB6xx assets, DB7xx graph and usage warnings, DB8xx learning checks (reported by
`analyze`, which explores every way to play).
"""

from __future__ import annotations

# File and YAML level
FILE_UNREADABLE = "DB001"
NOT_UTF8 = "DB002"
FILE_TOO_LARGE = "DB003"
YAML_SYNTAX = "DB004"
EMPTY_DOCUMENT = "DB005"
NOT_A_MAPPING = "DB006"
UNSAFE_TAG = "DB007"
ALIAS_EXPLOSION = "DB008"
DUPLICATE_KEY = "DB009"
MULTIPLE_DOCUMENTS = "DB010"
NESTED_TOO_DEEP = "DB011"

# Schema
UNKNOWN_KEY = "DB101"
MISSING_KEY = "DB102"
WRONG_TYPE = "DB103"
UNSUPPORTED_FORMAT = "DB104"
INVALID_ID = "DB105"
RESERVED_NAME = "DB106"
INVALID_VALUE = "DB107"
NEEDS_FORMAT_1_1 = "DB108"

# References and texts
UNKNOWN_REFERENCE = "DB201"
DUPLICATE_ID = "DB202"
MISSING_DEFAULT_LANGUAGE = "DB203"
MISSING_TRANSLATION = "DB204"
UNKNOWN_LANGUAGE = "DB205"
UNKNOWN_TEXT_NAME = "DB206"
BAD_BRACES = "DB207"
CLIENT_NOT_IN_CAST = "DB208"

# Node structure
NODE_KIND = "DB301"
BRANCH_FALLBACK = "DB302"
EMPTY_CHOICES = "DB303"
UNAVAILABLE_WITHOUT_IF = "DB304"

# Meters and effects
METER_BOUNDS = "DB401"
SAFETY_UNBOUNDED = "DB402"
BAD_EFFECT_VALUE = "DB403"
BAD_WEIGHTS = "DB404"

# Expressions
EXPR_SYNTAX = "DB501"
EXPR_UNKNOWN_NAME = "DB502"
EXPR_TYPE = "DB503"
EXPR_UNKNOWN_NODE = "DB504"

# Assets
UNSAFE_PATH = "DB601"
MISSING_ASSET = "DB602"

# Graph and usage (warnings)
UNREACHABLE_NODE = "DB701"
NO_ENDING_REACHABLE = "DB702"
UNUSED = "DB703"

# Learning checks (warnings from `analyze`: does the score teach the lesson?)
GOOD_BELOW_BAD = "DB801"
BEST_NOT_DEEPEST = "DB802"
GOING_ALONG_PAYS = "DB803"
FREE_ROUTINE = "DB804"
