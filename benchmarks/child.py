"""Entry point of one measuring child process: ``python -m benchmarks.child MODULE CONTEXT N``.

Each operation family runs in a fresh process so that its peak memory is its own. The child
opens the prepared database, calls ``benchmarks.<MODULE>.measure(context, N)`` and prints the
result as one JSON line on stdout (everything else goes to stderr).
"""

from __future__ import annotations

import json
import os
import sys
from importlib import import_module


def main(argv: list[str]) -> int:
    module_name, context_json, repeat = argv
    module = import_module(f"benchmarks.{module_name}")
    result = module.measure(json.loads(context_json), int(repeat))
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    return 0


if __name__ == "__main__":
    status = main(sys.argv[1:])
    # Skip interpreter teardown: widgets and models left from the measurement are freed in
    # an order Qt does not promise to survive, and the answer is already printed.
    os._exit(status)
