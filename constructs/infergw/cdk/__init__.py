"""The cdk8s layer: the only part of infergw that imports jsii, cdk8s and constructs.

:mod:`.runtime` loads cdk8s (checking for Node.js first), :mod:`.chart` is infergw's ``Chart``,
one module per construct emits what :mod:`infergw.render` computes, :mod:`.app` builds the app
of a config file and :mod:`.synthesis` validates and writes it.
"""
