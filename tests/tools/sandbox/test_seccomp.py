"""The seccomp deny-list program itself: built per architecture, small enough for BPF jumps."""

from __future__ import annotations


def test_seccomp_programs_are_well_formed():
    from tools.sandbox.seccomp import program

    assert program("sparc") is None
    for machine in ("x86_64", "aarch64", "riscv64"):
        prog = program(machine)
        assert prog is not None and len(prog) % 8 == 0 and len(prog) // 8 < 256
    # x86_64 has its own numbering and the x32 check; the generic table differs.
    assert program("x86_64") != program("aarch64")
