#!/usr/bin/env python3
"""Prints every failed cell of an executed notebook (its source and its error) and exits 1 if there is one.

dotnet-repl prints nothing when a cell fails: the errors are only in the notebook it writes
(outputs with "output_type": "error"). Usage: notebook-errors.py EXECUTED.ipynb
"""
import json
import re
import sys

ANSI = re.compile(r"\x1b\[[0-9;]*m")

notebook = json.load(open(sys.argv[1], encoding="utf-8"))
failed = 0
code_cells = [c for c in notebook["cells"] if c.get("cell_type") == "code"]
for number, cell in enumerate(code_cells, start=1):
    errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
    for error in errors:
        failed += 1
        print(f"--- code cell {number} failed:", file=sys.stderr)
        print("".join(cell.get("source", [])), file=sys.stderr)
        print(f"--- {error.get('ename', 'Error')}: {error.get('evalue', '')}", file=sys.stderr)
        for line in error.get("traceback", []):
            print(ANSI.sub("", line), file=sys.stderr)
print(f"{sys.argv[1]}: {len(code_cells)} code cells, {failed} failed")
sys.exit(1 if failed else 0)
