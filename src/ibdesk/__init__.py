"""ibdesk: offline desk application for Dutch pupil-support staff."""

__version__ = "0.1.0"
