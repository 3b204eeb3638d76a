# Maltese formats (Django ships none). Malta writes 27 ta' Novembru 2026 and 1,234.56.
DATE_FORMAT = "j \\t\\a\\' F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j \\t\\a\\' F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j \\t\\a\\' F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
