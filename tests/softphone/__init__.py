"""Tests of softphone."""
