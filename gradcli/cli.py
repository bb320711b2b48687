"""The ``gradcli`` command line (Click).  No engine logic lives here.

Exit codes: 0 ok, 1 the script raised or failed to parse, 2 usage error,
70 internal error, 130 interrupted (Ctrl-C).  Program output goes to stdout
as plain text; diagnostics go to stderr.
"""

from __future__ import annotations

import os
import sys

import click

from gradcli import __version__

from gradcli.commands.options import (SummaryCommand, hints_option, summary_each_option,
                                     summary_option)

from gradcli.commands.options import (EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE,  # noqa: F401
                                      debug_option, files_argument)
from gradcli.scriptfile import read_script

_EXAMPLE = """\b
Example:
  $ cat demo.py
  import torch
  x = torch.tensor([1., 2.], requires_grad=True)
  (x ** 2).sum().backward()
  print(x.grad)
  $ gradcli run demo.py
  tensor([2., 4.])
"""


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=_EXAMPLE,
             invoke_without_command=True)
@click.version_option(__version__, "--version", prog_name="gradcli")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Run PyTorch-syntax autograd scripts without PyTorch.

    Output is exactly what `python script.py` prints under PyTorch 2.13.

    \b
    Exit status: 0 ok, 1 the script/expression failed or a check failed,
    2 usage error, 70 internal error, 130 interrupted.
    Results go to stdout, diagnostics to stderr.  NO_COLOR or --no-color turn
    colour off.  Shell completion: eval "$(_GRADCLI_COMPLETE=bash_source gradcli)".
    """
    if ctx.invoked_subcommand is None:
        if sys.stdin.isatty() and sys.stdout.isatty():
            from gradcli.commands.repl import Session
            ctx.exit(Session().loop())
        click.echo(ctx.get_help())


@cli.command("run", epilog=_EXAMPLE, cls=SummaryCommand)
@files_argument
@summary_option
@summary_each_option
@hints_option
@click.option("--explain", is_flag=True,
              help="Narrate each backward pass on stderr (stdout stays unchanged).")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text",
              show_default=True, help="jsonl: the run as JSON events (see docs/cli.md).")
@click.option("--seed", type=int, default=None, metavar="N",
              help="Seed the random generator before each script (torch.manual_seed(N)).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, metavar="N",
              help="Run files in N parallel processes (output stays in file order).")
@debug_option
@click.pass_context
def run_command(ctx: click.Context, files: tuple[str, ...], summary: str | None, hints: bool,
                explain: bool, fmt: str, seed: int | None, jobs: int, debug: bool) -> None:
    """Run each FILE (use - for standard input) and print its output.

    With several files, each runs in a fresh namespace after a `==> FILE <==`
    header; the exit status is the worst one.
    """
    from gradcli.runner import run_source
    if ctx.get_parameter_source("hints") is click.core.ParameterSource.DEFAULT:
        if explain:
            hints = False   # the narration already shows every accumulation; keep it unmixed
        elif fmt == "jsonl":
            hints = True    # hint events are part of the machine-readable stream
    if explain or fmt != "text" or seed is not None or jobs > 1 or summary or hints:
        from gradcli.commands.runfile import run_files
        try:
            ctx.exit(run_files(files, debug, seed, explain, fmt, jobs, summary, hints))
        except KeyboardInterrupt:
            _quiet_flush()
            sys.stderr.write("gradcli: interrupted\n")
            ctx.exit(EXIT_INTERRUPTED)

    worst = 0
    try:
        for path in files:
            if len(files) > 1:
                sys.stdout.write(f"==> {path} <==\n")
            source, name, problem = read_script(path)
            if problem is not None:
                sys.stdout.flush()
                sys.stderr.write(problem)
                code = 1
            else:
                code = run_source(source, name, sys.stdout, sys.stderr, debug=debug)
            worst = max(worst, code)
    except KeyboardInterrupt:
        _quiet_flush()
        sys.stderr.write("gradcli: interrupted\n")
        worst = EXIT_INTERRUPTED
    ctx.exit(worst)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    args = sys.argv[1:] if argv is None else argv
    try:
        code = cli.main(args=args, prog_name="gradcli", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        code = exc.exit_code
    except (KeyboardInterrupt, click.Abort):
        _quiet_flush()
        sys.stderr.write("gradcli: interrupted\n")
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        code = 1
    except Exception as exc:  # noqa: BLE001 - last line of defence: no tracebacks
        if "--debug" in args:
            raise
        sys.stderr.write(f"gradcli: internal error: {type(exc).__name__}: {exc} "
                         f"(run with --debug for the traceback)\n")
        code = EXIT_INTERNAL
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        code = code or 1
    sys.exit(code if isinstance(code, int) else 0)


def _quiet_flush() -> None:
    try:
        sys.stdout.flush()
    except Exception:  # noqa: BLE001
        pass


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so exit does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


# The other commands live in gradcli/commands/ (one module each).
from gradcli.commands import register_commands  # noqa: E402

register_commands(cli)
