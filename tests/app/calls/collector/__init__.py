"""Tests of app/calls/collector."""
