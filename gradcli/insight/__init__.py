"""Insight into a run: the ``--summary`` table and the pitfall hints.

* :mod:`.recorder` -- what happened during the run: the line of each module-level
  assignment (:class:`.recorder.Globals`) and every backward pass (:class:`.recorder.Recorder`,
  an autograd observer);
* :mod:`.summary` -- the table of the script's tensor variables (plain, rich or jsonl);
* :mod:`.hints` -- pitfall hints on stderr, each with file, line and a one-line fix;
* :mod:`.session` -- wires them around one run of a script.

Nothing here changes what the script prints on stdout.
"""
