"""`python -m server`: parse flags into `Settings`, build the app, run uvicorn.

Bad flags end with one readable line and exit status 2. With neither --model nor --upstream the
tiny demo model trained in this repository (demo/checkpoint) is served, and the log says so and
how to use real weights.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path

from server.settings import CHOICES, Settings

D = Settings()  # every default below comes from here


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; use YYYY-MM-DD") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m server",
        description="OpenAI-compatible server for GPT-OSS models on MLX, with virtual experts.",
    )
    p.add_argument(
        "--model",
        type=Path,
        help="checkpoint folder (HF, mlx-lm or lite layout); "
        "default: the tiny demo model trained in this repository (demo/checkpoint)",
    )
    p.add_argument("--host", default=D.host)
    p.add_argument("--port", type=int, default=D.port)
    p.add_argument("--api-key", help="require 'Authorization: Bearer KEY' on /v1/*")
    p.add_argument(
        "--upstream",
        metavar="URL",
        help="send generation to this OpenAI-compatible server (e.g. vLLM) instead "
        "of a local model",
    )
    p.add_argument("--upstream-api-key", help="key sent to the upstream server")
    p.add_argument(
        "--upstream-model",
        help="model name to request from the upstream "
        "(default: the first one its /v1/models lists)",
    )
    p.add_argument(
        "--virtual-experts",
        choices=CHOICES["virtual_experts"],
        default=D.virtual_experts,
        help="direct: a tool answers exact questions; assist: the tool result goes "
        "into the model's context; off: the model answers everything",
    )
    p.add_argument(
        "--max-queue",
        type=int,
        default=D.max_queue,
        help=f"requests allowed to wait for a batch slot before 429 (default {D.max_queue})",
    )
    p.add_argument(
        "--max-batch",
        type=int,
        default=D.max_batch,
        help=f"sequences decoded together (default {D.max_batch})",
    )
    p.add_argument(
        "--prefill-batch",
        type=int,
        help="prompts prefilled together (default: --max-batch, so a burst of "
        "requests starts in one step)",
    )
    p.add_argument(
        "--max-request-mb",
        type=float,
        default=D.max_request_mb,
        metavar="MB",
        help=f"largest request body accepted; 413 beyond it (default {D.max_request_mb:g})",
    )
    p.add_argument(
        "--max-messages",
        type=int,
        default=D.max_messages,
        help=f"most chat messages in one request; 400 beyond it (default {D.max_messages})",
    )
    p.add_argument(
        "--builtin-python",
        action="store_true",
        help="declare harmony's built-in python tool on every chat request and run the model's "
        'calls in the sandbox (a request can opt in with builtin_tools: ["python"])',
    )
    p.add_argument(
        "--python-rounds",
        type=int,
        default=D.python_rounds,
        help=f"python calls one response may make (default {D.python_rounds})",
    )
    p.add_argument(
        "--responses-db",
        metavar="PATH",
        help="SQLite file of stored responses (/v1/responses with store=true), or :memory: "
        "(default: responses.sqlite3 in the cache directory)",
    )
    p.add_argument(
        "--responses-max",
        type=int,
        default=D.responses_max,
        help=f"stored responses kept; the oldest go first (default {D.responses_max})",
    )
    p.add_argument(
        "--responses-max-age-days",
        type=float,
        default=D.responses_max_age_days,
        help=f"stored responses older than this are gone (default {D.responses_max_age_days:g})",
    )
    p.add_argument(
        "--shutdown-timeout",
        type=float,
        default=D.shutdown_timeout,
        metavar="SECONDS",
        help="on SIGTERM/SIGINT: stop accepting, answer queued requests 503, let running ones "
        f"finish for this long, then end them with an error (default {D.shutdown_timeout:g})",
    )
    p.add_argument(
        "--context-length",
        type=int,
        help="prompt + completion token limit (default: the checkpoint's)",
    )
    p.add_argument(
        "--date",
        type=_date,
        help="pin the date in the system prompt (YYYY-MM-DD) so cached prompts survive midnight",
    )
    p.add_argument(
        "--reasoning-effort",
        choices=CHOICES["reasoning_effort"],
        default=D.reasoning_effort,
        help=f"when a request sets none (default {D.reasoning_effort})",
    )
    p.add_argument("--model-id", help="name served in /v1/models (default: the folder name)")
    p.add_argument(
        "--default-max-tokens",
        type=int,
        help="completion limit when a request sets none (default: the rest of the "
        "context, so long reasoning is never cut short)",
    )
    p.add_argument("--timezone", default=D.timezone, help="zone the dates virtual expert uses")
    p.add_argument(
        "--telemetry",
        action="store_true",
        help="count routed tokens per expert: /metrics and GET /v1/telemetry/experts",
    )
    p.add_argument(
        "--telemetry-out",
        type=Path,
        help="write the expert telemetry export (for builder --from-telemetry) here "
        "at shutdown; implies --telemetry",
    )
    p.add_argument(
        "--embeddings",
        choices=CHOICES["embeddings"],
        default=D.embeddings,
        help="where the token-embedding table lives: device (MLX memory), host "
        "(memory-mapped from the checkpoint, about 1.2 GB less for gpt-oss; the "
        "next step waits for the sampled token) or auto (host on the CPU backend)",
    )
    p.add_argument(
        "--kernels",
        choices=CHOICES["kernels"],
        default=D.kernels,
        help="what computes the model's layers: cpu (our kernels, for MLX on a CPU), "
        "mlx (MLX's own) or auto (ours when MLX runs on the CPU; default)",
    )
    p.add_argument(
        "--cpu-threads",
        type=int,
        help="threads our CPU kernels use (default: every CPU this process may use)",
    )
    p.add_argument(
        "--experts",
        choices=CHOICES["experts"],
        default=D.experts,
        help="where the MXFP4 experts live: memory (default), mapped (left in the "
        "checkpoint files, read through the page cache: models larger than RAM; our "
        "CPU kernels only) or auto (mapped when the weights would not fit in memory)",
    )
    p.add_argument("--log-level", default=D.log_level, choices=CHOICES["log_level"])
    return p


def settings_from_args(argv: list[str] | None = None) -> Settings:
    p = build_parser()
    a = p.parse_args(argv)
    try:
        return Settings(
            model=a.model,
            host=a.host,
            port=a.port,
            api_key=a.api_key,
            upstream=a.upstream,
            upstream_api_key=a.upstream_api_key,
            upstream_model=a.upstream_model,
            virtual_experts=a.virtual_experts,
            max_queue=a.max_queue,
            context_length=a.context_length,
            date=a.date,
            model_id=a.model_id,
            reasoning_effort=a.reasoning_effort,
            default_max_tokens=a.default_max_tokens,
            timezone=a.timezone,
            log_level=a.log_level,
            embeddings=a.embeddings,
            kernels=a.kernels,
            cpu_threads=a.cpu_threads,
            experts=a.experts,
            telemetry=a.telemetry or a.telemetry_out is not None,
            telemetry_out=a.telemetry_out,
            max_batch=a.max_batch,
            prefill_batch=a.prefill_batch,
            shutdown_timeout=a.shutdown_timeout,
            max_request_mb=a.max_request_mb,
            max_messages=a.max_messages,
            builtin_python=a.builtin_python,
            python_rounds=a.python_rounds,
            responses_db=a.responses_db,
            responses_max=a.responses_max,
            responses_max_age_days=a.responses_max_age_days,
        )
    except ValueError as exc:
        p.error(str(exc))  # exits 2 with one line


def main(argv: list[str] | None = None) -> int:
    settings = settings_from_args(argv)
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if settings.model is not None and not settings.model.is_dir():
        print(
            f"error: --model {settings.model} is not a folder; pass the checkpoint "
            "directory (the one holding config.json)",
            file=sys.stderr,
        )
        return 2
    import uvicorn

    from server.app import DrainingServer, create_app

    app = create_app(settings)
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level.lower(),
        # a backstop only: the server ends its own requests at --shutdown-timeout
        timeout_graceful_shutdown=settings.shutdown_timeout + 10,
    )
    DrainingServer(config, app.state.server).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
