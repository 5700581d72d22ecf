"""Run every benchmark module in bench/ (files named bench_*.py, each with a main() that prints
its ratios). Benchmarks arrive with the features they measure (docs/architecture.md)."""

import importlib.util
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent


def main() -> int:
    modules = sorted(HERE.glob("bench_*.py"))
    if not modules:
        print("No benchmarks found in bench/ (bench_*.py).")
        return 0
    for path in modules:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"== {path.stem}")
        module.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
