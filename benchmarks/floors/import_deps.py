import numpy, lark, click, rich  # noqa: F401  (the dependency-import floor of W1)
