"""Benchmarks for what users feel: timing at the speaker, start-up, memory, CPU, smoothness."""
