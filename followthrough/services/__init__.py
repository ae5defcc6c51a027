"""Writes: keyword-only functions, each one transaction, each taking the acting owner.

The command line, the web pages, the API and the worker all call these; none writes a model itself.
"""
