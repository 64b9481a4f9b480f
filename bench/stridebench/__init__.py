"""The Stride benchmark driver's modules; bench/stride_bench.py is the command line."""
