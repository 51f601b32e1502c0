from enum import StrEnum


class MatchingRunReadObjective(StrEnum):
    BEST_COVERAGE = "best_coverage"
    MOST_MATCHED = "most_matched"

    def __str__(self) -> str:
        return str(self.value)
