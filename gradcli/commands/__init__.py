"""The ``gradcli`` subcommands beyond ``run``: one module per command.

``cli.py`` only registers them; each module holds the command's logic and output.
Shared helpers: :mod:`.exprs` (expressions through gradcli's own interpreter),
:mod:`.tables` (plain or rich output), :mod:`.naming` (names and lines of graph nodes).
"""


def register_commands(group) -> None:
    """Add grad, check, graph, repl to the ``gradcli`` group."""
    from . import check, grad, graph, repl
    for module in (grad, check, graph, repl):
        module.add_command(group)
    from .limits_options import install     # --max-steps/--timeout/... on each command
    install(group)
