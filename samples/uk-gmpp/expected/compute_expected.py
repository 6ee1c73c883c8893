#!/usr/bin/env python3
"""Independent expectations for the uk-gmpp rule pack on the real GMPP data.

Reads uk_2019.csv and uk_2021.csv with nothing but the csv module, maps each row the way the
GMPP mappings are specified to (described below), applies the rules of ../gmpp.rules.yaml as
written here in Python, and writes expected.json: what PmoAssess must report when it assesses
the same files through the mappings. It never calls PmoAssess, so the .NET tests that compare
the program's counts with this file compare two independent implementations.

Usage (from the repository root):

    python3 samples/uk-gmpp/expected/compute_expected.py [DATA_FOLDER] [--out FILE]

DATA_FOLDER holds uk_2019.csv and uk_2021.csv (default: samples/uk-gmpp, beside the mappings);
--out defaults to expected.json beside this script. The output is deterministic (sorted keys and
ids) and records each input file's SHA-256, so a test can tell that it reads the same data.

Output structure (expected.json), keyed by year ("2019", "2021"):

    {
      "2021": {
        "file": "uk_2021.csv", "sha256": "...", "asOf": "2021-12-31", "projects": 184,
        "deliveryConfidence": {"green": n, "amber-green": n, "amber": n, "amber-red": n, "red": n,
                               "nonAnswer": n},          # nonAnswer: any other text (kept as dca_exemption)
        "deliveryConfidenceNonAnswers": {"<text>": n},    # the non-answer texts, as written
        "dateNonAnswers": {"start_date": n, "end_date": n},   # non-empty cells that are not dates
        "moneyCellsNotMoney": {"total_baseline": n, "yearly_forecast": n, "wlc_baseline_incl_NCG": n},
        "rules": {
          "GMPP-001": {"failed": n, "passed": n, "notApplicable": n, "notAssessable": n,
                       "failing": ["<project id>", ...]},
          ...
        }
      },
      "2019": { ... "moneyCellsNotMoney" names yearly_budget instead of total_baseline ... }
    }

Project ids are project_number (2021) and project_name (2019, which has no number).

The mapping, as specified for both years
----------------------------------------
- stage is the constant execution, so every project is active (isActive) and no rule is
  not applicable or not assessable because of the stage.
- delivery_confidence <- colour_rating: Green, Amber/Green, Amber, Amber/Red (or Amber/red), Red,
  compared ignoring case, spaces, '-', '_' and '/' (as the canonical enumerations are read). Any
  other non-empty text is a stated non-answer: no rating, and the text kept as dca_exemption.
- baseline_start <- start_date, forecast_end <- end_date: yyyy-MM-dd (2021), dd.MM.yy (2019). A
  two-digit year is 20yy up to 49 and 19yy from 50 (.NET's invariant calendar, TwoDigitYearMax 2049;
  the 2019 file's years are 97, 98 and 00-41, so Python's own %y pivot would give the same dates).
  Text that is not a valid date is a non-answer: the date is missing (start_date_note/end_date_note).
- budget_at_completion <- wlc_baseline_incl_NCG; yearly_budget <- yearly_budget (2019) or
  total_baseline (2021); yearly_forecast <- yearly_forecast. Money is pounds in millions written like
  '£1,234.56' (a '£', digits with optional comma thousands groups, optional decimals, an optional
  minus before or after the '£'; surrounding spaces ignored); it becomes units, exactly, with
  Decimal: '£2,013.02' -> 2013020000. Any other non-empty cell (FOI text) is not money: the value
  is missing and the cell is counted in moneyCellsNotMoney.
- text custom fields (department, report_category, rating_comment, schedule_comment,
  variance_comment, budget_comment, description_aims) are the cell's text, missing when the cell
  is empty.

The rules (semantics of ../gmpp.rules.yaml, rule by rule)
---------------------------------------------------------
"Has text" below means: the custom field is present and not only white space, as the YAML's
`field('x') != null && field('x').trim() != ''`. Outcomes: a `when` that needs a missing standard
field is not assessable; a false `when` is not applicable; a `require` that needs a missing
standard field is not assessable; otherwise passed or failed. Custom fields never make a rule not
assessable: the YAML null-checks them.

- GMPP-001: applicable when yearly budget b and yearly forecast f are both money, b >= 0 and
  |f - b| > 0.05 * b. So a zero budget with a non-zero forecast IS a variance over 5% (applicable),
  zero against zero is not, a negative budget is not applicable, and exactly 5% is not over 5%.
  Requires variance_comment to have text. (Any text counts, including FOI text and "The GMPP
  project did not provide data"; GMPP-007 judges stock sentences.)
- GMPP-002: requires a rating, or dca_exemption with text.
- GMPP-003: not assessable without an end date; applicable when the end date is before the
  assessment date (strictly; an end date on the assessment date has not passed). Requires
  schedule_comment to have text.
- GMPP-004: not assessable without a rating; applicable for red and amber-red. Requires
  rating_comment to have text (an FOI exemption in the comment counts as text).
- GMPP-005: requires a whole-life cost, or budget_comment with text.
- GMPP-006: not assessable without a start or an end date; requires start < end (strictly).
- GMPP-007: applicable as GMPP-001 and when variance_comment is present; fails when the comment,
  lower-cased, contains 'budget variance less than 5%' (2019's stock sentence for a variance within
  5%), 'budget variance is less than or equal to 5%' (2021's) or 'did not provide data' (2021's
  sentence for no answer). FOI exemption text passes (a stated reason).
- GMPP-008: requires description_aims to have text.
- GMPP-009: applicable when both the whole-life cost and the yearly budget are money; requires
  yearly budget <= whole-life cost.
"""

import argparse
import csv
import datetime
import hashlib
import io
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))

YEARS = {
    "2019": {
        "file": "uk_2019.csv",
        "delimiter": ",",
        "asOf": datetime.date(2019, 12, 31),
        "id": "project_name",
        "yearly_budget": "yearly_budget",
        "date": "dd.MM.yy",
    },
    "2021": {
        "file": "uk_2021.csv",
        "delimiter": ";",
        "asOf": datetime.date(2021, 12, 31),
        "id": "project_number",
        "yearly_budget": "total_baseline",
        "date": "yyyy-MM-dd",
    },
}

RATINGS = {"green": "green", "ambergreen": "amber-green", "amber": "amber", "amberred": "amber-red", "red": "red"}
RATING_ORDER = ["green", "amber-green", "amber", "amber-red", "red"]

MONEY = re.compile(r"^(-?)£(-?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
DOTTED_DATE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{2})$")

STOCK_SENTENCES = ("budget variance less than 5%", "budget variance is less than or equal to 5%", "did not provide data")

RULES = ["GMPP-%03d" % n for n in range(1, 10)]


def read_rows(path, delimiter):
    """The data rows as dicts, decoded from Windows-1252; quoted cells may span lines."""
    with open(path, "rb") as stream:
        data = stream.read()
    text = data.decode("cp1252")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    header, body = rows[0], [row for row in rows[1:] if any(cell != "" for cell in row)]
    for row in body:
        if len(row) != len(header):
            raise ValueError("%s: a row has %d cells, the header %d" % (path, len(row), len(header)))
    return hashlib.sha256(data).hexdigest(), [dict(zip(header, row)) for row in body]


def text(cell):
    """A text custom field: the cell, or None when it is empty."""
    return cell if cell != "" else None


def has_text(value):
    """The YAML's field('x') != null && field('x').trim() != ''."""
    return value is not None and value.strip() != ""


def rating(cell):
    """(rating, non-answer text): a recognised DCA rating, or the text kept as dca_exemption."""
    key = re.sub(r"[\s\-_/]", "", cell).lower()
    if key in RATINGS:
        return RATINGS[key], None
    return None, text(cell)


def date(cell, layout):
    """A date, or None for an empty cell or text that is not a valid date in the year's layout."""
    value = cell.strip()
    try:
        if layout == "yyyy-MM-dd":
            match = ISO_DATE.match(value)
            return datetime.date(int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None
        match = DOTTED_DATE.match(value)
        if not match:
            return None
        yy = int(match.group(3))
        return datetime.date(2000 + yy if yy <= 49 else 1900 + yy, int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None


def money(cell):
    """Pounds in millions ('£2,013.02') as units (Decimal 2013020000), or None when not money."""
    match = MONEY.match(cell.strip())
    if not match:
        return None
    amount = Decimal(match.group(3).replace(",", "") + (match.group(4) or "")) * Decimal(1000000)
    return -amount if (match.group(1) or match.group(2)) else amount


def project(row, year):
    """One GMPP row as the mapping makes it a canonical project."""
    spec = YEARS[year]
    dca, exemption = rating(row["colour_rating"])
    return {
        "id": row[spec["id"]],
        "deliveryConfidence": dca,
        "dca_exemption": exemption,
        "baselineStart": date(row["start_date"], spec["date"]),
        "forecastEnd": date(row["end_date"], spec["date"]),
        "unreadable": {field for field, cell in (("budgetAtCompletion", row["wlc_baseline_incl_NCG"]),
                                                 ("yearly_budget", row[spec["yearly_budget"]]),
                                                 ("yearly_forecast", row["yearly_forecast"]))
                       if cell.strip() and money(cell) is None},
        "budgetAtCompletion": money(row["wlc_baseline_incl_NCG"]),
        "yearly_budget": money(row[spec["yearly_budget"]]),
        "yearly_forecast": money(row["yearly_forecast"]),
        "rating_comment": text(row["rating_comment"]),
        "schedule_comment": text(row["schedule_comment"]),
        "variance_comment": text(row["variance_comment"]),
        "budget_comment": text(row["budget_comment"]),
        "description_aims": text(row["description_aims"]),
    }


PASSED, FAILED, NOT_APPLICABLE, NOT_ASSESSABLE = "passed", "failed", "notApplicable", "notAssessable"


def verdict(ok):
    return PASSED if ok else FAILED


def variance_over_5(p):
    """GMPP-001's `when` after isActive: both figures present, budget >= 0, |f - b| > 5% of b."""
    b, f = p["yearly_budget"], p["yearly_forecast"]
    return b is not None and f is not None and b >= 0 and abs(f - b) > Decimal("0.05") * b


# The fields each rule reads, in its `when` or its `require`.
READS = {
    "GMPP-001": {"yearly_budget", "yearly_forecast", "variance_comment"},
    "GMPP-002": {"deliveryConfidence", "dca_exemption"},
    "GMPP-003": {"forecastEnd", "schedule_comment"},
    "GMPP-004": {"deliveryConfidence", "rating_comment"},
    "GMPP-005": {"budgetAtCompletion", "budget_comment"},
    "GMPP-006": {"baselineStart", "forecastEnd"},
    "GMPP-007": {"yearly_budget", "yearly_forecast", "variance_comment"},
    "GMPP-008": {"description_aims"},
    "GMPP-009": {"budgetAtCompletion", "yearly_budget"},
}


def assess(rule, p, as_of):
    """The outcome of one rule on one project; every project is active (stage execution).

    A rule that reads a field whose cell held a value that is not money (a data-quality finding, as
    opposed to a stated non-answer) is not assessable on that project, whatever its `when` says.
    """
    if READS[rule] & p["unreadable"]:
        return NOT_ASSESSABLE
    if rule == "GMPP-001":
        if not variance_over_5(p):
            return NOT_APPLICABLE
        return verdict(has_text(p["variance_comment"]))
    if rule == "GMPP-002":
        return verdict(p["deliveryConfidence"] is not None or has_text(p["dca_exemption"]))
    if rule == "GMPP-003":
        if p["forecastEnd"] is None:
            return NOT_ASSESSABLE
        if not p["forecastEnd"] < as_of:
            return NOT_APPLICABLE
        return verdict(has_text(p["schedule_comment"]))
    if rule == "GMPP-004":
        if p["deliveryConfidence"] is None:
            return NOT_ASSESSABLE
        if p["deliveryConfidence"] not in ("red", "amber-red"):
            return NOT_APPLICABLE
        return verdict(has_text(p["rating_comment"]))
    if rule == "GMPP-005":
        return verdict(p["budgetAtCompletion"] is not None or has_text(p["budget_comment"]))
    if rule == "GMPP-006":
        if p["baselineStart"] is None or p["forecastEnd"] is None:
            return NOT_ASSESSABLE
        return verdict(p["baselineStart"] < p["forecastEnd"])
    if rule == "GMPP-007":
        if not variance_over_5(p) or p["variance_comment"] is None:
            return NOT_APPLICABLE
        comment = p["variance_comment"].lower()
        return verdict(not any(phrase in comment for phrase in STOCK_SENTENCES))
    if rule == "GMPP-008":
        return verdict(has_text(p["description_aims"]))
    if rule == "GMPP-009":
        if p["budgetAtCompletion"] is None or p["yearly_budget"] is None:
            return NOT_APPLICABLE
        return verdict(p["yearly_budget"] <= p["budgetAtCompletion"])
    raise ValueError(rule)


def expectations(folder, year):
    spec = YEARS[year]
    sha256, rows = read_rows(os.path.join(folder, spec["file"]), spec["delimiter"])
    projects = [project(row, year) for row in rows]
    ids = [p["id"] for p in projects]
    if len(set(ids)) != len(ids):
        raise ValueError("%s: project ids are not unique" % spec["file"])

    ratings = Counter(p["deliveryConfidence"] for p in projects if p["deliveryConfidence"] is not None)
    non_answers = Counter(p["dca_exemption"] for p in projects if p["deliveryConfidence"] is None and p["dca_exemption"] is not None)
    money_columns = [spec["yearly_budget"], "yearly_forecast", "wlc_baseline_incl_NCG"]

    rules = {}
    for rule in RULES:
        outcomes = [(p["id"], assess(rule, p, spec["asOf"])) for p in projects]
        counts = Counter(status for _, status in outcomes)
        rules[rule] = {
            PASSED: counts[PASSED],
            FAILED: counts[FAILED],
            NOT_APPLICABLE: counts[NOT_APPLICABLE],
            NOT_ASSESSABLE: counts[NOT_ASSESSABLE],
            "failing": sorted(pid for pid, status in outcomes if status == FAILED),
        }

    return {
        "file": spec["file"],
        "sha256": sha256,
        "asOf": spec["asOf"].isoformat(),
        "projects": len(projects),
        "deliveryConfidence": dict([(name, ratings[name]) for name in RATING_ORDER] + [("nonAnswer", sum(non_answers.values()))]),
        "deliveryConfidenceNonAnswers": dict(sorted(non_answers.items())),
        "dateNonAnswers": {
            column: sum(1 for row in rows if row[column].strip() != "" and date(row[column], spec["date"]) is None)
            for column in ("start_date", "end_date")
        },
        "moneyCellsNotMoney": {
            column: sum(1 for row in rows if row[column].strip() != "" and money(row[column]) is None)
            for column in money_columns
        },
        "rules": rules,
    }


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", default=os.path.dirname(HERE), help="folder holding uk_2019.csv and uk_2021.csv")
    parser.add_argument("--out", default=os.path.join(HERE, "expected.json"), help="where to write the expectations")
    args = parser.parse_args(argv)

    result = {year: expectations(args.data, year) for year in sorted(YEARS)}
    with open(args.out, "w", encoding="utf-8", newline="\n") as stream:
        json.dump(result, stream, indent=2, ensure_ascii=False, sort_keys=False)
        stream.write("\n")
    for year, values in result.items():
        failed = ", ".join("%s %d" % (rule, values["rules"][rule][FAILED]) for rule in RULES)
        print("%s: %d projects; failed: %s" % (year, values["projects"], failed))


if __name__ == "__main__":
    main(sys.argv[1:])
