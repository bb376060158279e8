"""Tests of ui/softphone."""
