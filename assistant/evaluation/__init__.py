"""Measuring the assistant: retrieval metrics, BEIR data sets, gold questions about our own
briefs, and runs of the real pipeline over them. Off the serving path: nothing in the pipeline
imports this family."""
