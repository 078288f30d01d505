"""How much memory this process holds (for the benchmarks' probes; Linux's /proc)."""

from __future__ import annotations


def private_kb() -> int:
    """Memory only this process uses (private clean + dirty pages), beside RSS."""
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
            return sum(
                int(line.split()[1])
                for line in rollup
                if line.startswith(("Private_Clean:", "Private_Dirty:"))
            )
    except OSError:
        return 0


def rss_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0
