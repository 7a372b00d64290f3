"""Haven: a private, local mental-health support chat and the workbench that earns it.

The library has one room per stage (data, models, train, evaluate, safety, chat);
the CLI (`haven.cli`) and the dashboard only call it.
"""

__version__ = "0.1.0"
