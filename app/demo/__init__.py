"""Demo and synthetic data: the demo database and the benchmarks' millions of calls.

* :mod:`~app.demo.seed` — employees, clients and calls with realistic status mixes.
* :mod:`~app.demo.names` — Russian names, companies and phrases they are made of.
"""
