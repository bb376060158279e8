"""Tests of ui/admin."""
