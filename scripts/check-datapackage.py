"""The published data package, checked by the real validator (run by ./scripts/test with the
project's .venv Python, after the release build):

  1. `frictionless validate` on the built dist/data/datapackage.json must find it valid, having
     read every row of every file (the row counts are compared with the CSV files themselves);
  2. a broken copy (one models.csv row's category set to an id categories.csv lacks, another's
     `released` set to the impossible month 2024-13) must be found INVALID, with exactly those two
     errors named (a foreign-key error and a pattern constraint error) and nothing else wrong but
     the changed file's size. A validator that passed it would be checking nothing.

Usage: .venv/bin/python scripts/check-datapackage.py [dist/data]
"""

import csv
import io
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FRICTIONLESS = Path(sys.executable).with_name("frictionless")


def validate(descriptor: Path) -> dict:
    """The validator's JSON report on a package (its exit code is 1 when invalid)."""
    run = subprocess.run([str(FRICTIONLESS), "validate", "--json", str(descriptor)], capture_output=True, text=True)
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        sys.exit(f"check-datapackage: frictionless gave no report (exit {run.returncode}):\n{run.stdout}\n{run.stderr}")
    if report["valid"] != (run.returncode == 0):
        sys.exit(f"check-datapackage: frictionless exit {run.returncode} disagrees with its report (valid={report['valid']})")
    return report


def describe(error: dict) -> str:
    return f"{error['type']}: {error.get('message', error.get('note', ''))}"


def read_rows(path: Path) -> tuple[list[list[str]], str]:
    """The records of a CSV file (header first) and its line end."""
    text = path.read_text(encoding="utf-8")
    return list(csv.reader(io.StringIO(text, newline=""))), "\r\n" if "\r\n" in text else "\n"


def check_valid(data: Path) -> None:
    report = validate(data / "datapackage.json")
    version = subprocess.run([str(FRICTIONLESS), "--version"], capture_output=True, text=True).stdout.strip()
    descriptor = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
    problems = [f"{t['name']}: {describe(e)}" for t in report["tasks"] for e in t["errors"]] + [describe(e) for e in report["errors"]]
    tasks = {t["name"]: t for t in report["tasks"]}
    for resource in descriptor["resources"]:
        task = tasks.get(resource["name"])
        if task is None:
            problems.append(f"{resource['name']}: not validated")
            continue
        rows = len(read_rows(data / resource["path"])[0]) - 1
        if task["stats"].get("rows") != rows:
            problems.append(f"{resource['name']}: the validator read {task['stats'].get('rows')} rows of {rows}")
        print(f"  {'valid  ' if task['valid'] else 'INVALID'} {resource['path']:<20} {rows:>5} rows, {len(resource['schema']['fields'])} fields, "
              f"{len(resource['schema'].get('foreignKeys', []))} foreign keys")
    if problems or not report["valid"]:
        sys.exit("check-datapackage: frictionless finds dist/data/datapackage.json invalid:\n  " + "\n  ".join(problems))
    print(f"check-datapackage: frictionless {version} finds datapackage.json valid ({len(tasks)} files, "
          f"{report['stats']['errors']} errors, {report['stats']['warnings']} warnings)")


def check_planted(data: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="medllm-datapackage-") as tmp:
        broken = Path(tmp) / "data"
        shutil.copytree(data, broken)
        categories, _ = read_rows(broken / "categories.csv")
        known = {r[categories[0].index("id")] for r in categories[1:]}
        unknown = "no-such-category"
        assert unknown not in known, "the planted category must be unknown"
        rows, line_end = read_rows(broken / "models.csv")
        header = rows[0]
        rows[1][header.index("category")] = unknown
        rows[2][header.index("released")] = "2024-13"
        out = io.StringIO(newline="")
        csv.writer(out, lineterminator=line_end).writerows(rows)
        (broken / "models.csv").write_text(out.getvalue(), encoding="utf-8", newline="")

        report = validate(broken / "datapackage.json")
        found = [(t["name"], e) for t in report["tasks"] for e in t["errors"]]
        for name, e in found:
            print(f"  planted copy: {name}: {describe(e)}")
        # frictionless numbers rows from the header (1): the first data row is row 2.
        fk = [e for n, e in found if n == "models" and e["type"] == "foreign-key" and e.get("rowNumber") == 2
              and e.get("fieldNames") == ["category"] and e.get("fieldCells") == [unknown]]
        pattern = [e for n, e in found if n == "models" and e["type"] == "constraint-error" and e.get("rowNumber") == 3
                   and e.get("fieldName") == "released" and e.get("cell") == "2024-13" and '"pattern"' in e.get("note", "")]
        others = [f"{n}: {describe(e)}" for n, e in found if not any(e is x for x in fk + pattern)
                  and not (n == "models" and e["type"] == "byte-count")]
        if report["valid"] or len(fk) != 1 or len(pattern) != 1 or others or report["errors"]:
            sys.exit("check-datapackage: the planted errors were not reported as they should be "
                     f"(valid={report['valid']}, foreign-key found {len(fk)}, pattern found {len(pattern)}, other: {others})")
        print("check-datapackage: the planted copy is INVALID, as it should be: the unknown category (foreign-key) "
              "and the month 13 (pattern) are both named")


def main() -> None:
    data = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/data")
    if not (data / "datapackage.json").is_file():
        sys.exit(f"check-datapackage: no {data}/datapackage.json (run the release build first)")
    check_valid(data)
    check_planted(data)


if __name__ == "__main__":
    main()
