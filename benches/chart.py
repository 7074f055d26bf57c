"""The throughput chart: calls per second against concurrency, one line per
async client, one panel per server."""

from __future__ import annotations


def draw(rep: dict, curve: tuple[int, ...], clients: tuple[str, ...], path: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(rep["results"])
    fig, axes = plt.subplots(1, len(names), figsize=(6 * len(names), 4.2), squeeze=False,
                             sharey=True)
    styles = {"tidbcloud": ("C0", "o-"), "aiohttp": ("C1", "s-"), "httpx": ("C2", "^-")}
    for ax, name in zip(axes[0], names, strict=False):
        r = rep["results"][name]
        for client in clients:
            xs = [c for c in curve if client in r.get(f"async c={c}", {})]
            ys = [r[f"async c={c}"][client]["per_second"] for c in xs]
            color, style = styles.get(client, ("0.4", "d--"))
            ax.plot(xs, ys, style, color=color, label=client)
        ax.set_xscale("log", base=2)
        ax.set_yscale("log")
        ax.set_xticks(list(curve), [str(c) for c in curve])
        ax.set_xlabel("concurrent calls")
        server = "Apache httpd (mod_auth_digest)" if name == "apache" else "the mock"
        ax.set_title(f"against {server}")
        ax.grid(True, which="both", alpha=0.3)
    axes[0][0].set_ylabel("calls per second (median)")
    axes[0][-1].legend(loc="lower right")
    fig.suptitle(f"Async GET of one cluster, digest auth ({rep['machine']})", fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
