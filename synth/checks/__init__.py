"""The checks wing: verification of written records. Native compilation at the syntax or full
level (``validate``), the runtime sample (``runtime_check``), and ``verify``, which runs them
and writes their labels and figures. Imports the wings below it (dataset, analysis, generate)."""
