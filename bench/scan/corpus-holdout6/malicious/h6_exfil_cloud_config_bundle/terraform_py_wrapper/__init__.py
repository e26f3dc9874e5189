"""Run terraform from Python and parse its JSON output."""
from .tf import Terraform

__all__ = ["Terraform"]
