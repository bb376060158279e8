"""Tests of ui/journal."""
