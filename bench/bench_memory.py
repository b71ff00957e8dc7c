"""Worker memory over a long run: RSS after every N kernels, and growth per kernel.

    python bench/bench_memory.py --kernels 20000

Builds kernels in this one process exactly as a worker does and prints RSS as it goes;
the figure that matters is the slope after warm-up (KB per kernel), which should be ~0.
"""

from __future__ import annotations

import argparse
import os

from warp_synth.grammar.shipped import load_grammar
from warp_synth.synth.generate.pipeline import KernelFactory


def rss_kb() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kernels", type=int, default=20_000)
    parser.add_argument("--every", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=2000)
    args = parser.parse_args()
    factory = KernelFactory(load_grammar(), ("cpu", "cuda"))
    points = []
    for index in range(args.kernels):
        factory.build(0, index)
        if (index + 1) % args.every == 0:
            points.append((index + 1, rss_kb()))
            print(f"kernels={index + 1:>6}  rss={points[-1][1] / 1024:8.1f} MiB", flush=True)
    settled = [p for p in points if p[0] >= args.warmup]
    if len(settled) >= 2:
        (k0, r0), (k1, r1) = settled[0], settled[-1]
        print(f"growth after {k0} kernels: {(r1 - r0) / (k1 - k0):.3f} KB per kernel ({(r1 - r0) / 1024:.1f} MiB over {k1 - k0})")


if __name__ == "__main__":
    main()
