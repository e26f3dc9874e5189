"""Folder sync agent."""
