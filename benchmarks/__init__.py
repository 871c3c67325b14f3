"""The benchmark of issue #7 (see BENCHMARKS.md): corpus generator, yardstick, runner."""
