// Benchmarks: filled below.
