"""Sub-commands of the ``veillegraph`` CLI, one module each (see ``veillegraph.cli``)."""
