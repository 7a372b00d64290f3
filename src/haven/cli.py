"""The `haven` command line: one command per verb; each only calls the library and renders.

Domain errors become one clear line and exit status 2; `haven chat --once` exits 3 when no
model could load and the fallback answered (EXIT_NO_MODEL); progress goes to progress bars.
"""

from __future__ import annotations

import inspect
import json
import logging
import sys
import threading
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from haven.errors import HavenError
from haven.workflow import DEMO_MESSAGE, DEMO_MIN_EMPATHY, DEMO_MODELS, DEMO_PROMPTS

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Haven: a private, local mental-health support chat and the workbench that fine-tunes, measures and compares its models.")
console = Console()
err_console = Console(stderr=True)

MODEL_HELP = "Catalog name (see `haven models`), a local model folder, or a path to a .gguf file."


class ProgressLine:
    """A long step's progress: a live status line on a terminal; written to a log (``make demo > log``), one
    timed line per stage, with counters ("reply 40/116") shown at each quarter, not at every step."""

    def __init__(self, title: str) -> None:
        self.title, self.live = title, err_console.is_terminal
        self._status = err_console.status(title) if self.live else None
        self._last_stage, self._last_quarter = None, -1

    def start(self) -> None:
        if self._status is not None:
            self._status.start()

    def stop(self) -> None:
        if self._status is not None:
            self._status.stop()

    def update(self, text: str) -> None:
        if self._status is not None:
            self._status.update(f"{self.title}: {text}")
            return
        import re
        import time

        counter = re.search(r"(\d+)/(\d+)", text)
        stage = re.sub(r"\d+/\d+", "", text)
        quarter = int(counter.group(1)) * 4 // max(int(counter.group(2)), 1) if counter else -1
        if stage == self._last_stage and quarter == self._last_quarter:
            return
        self._last_stage, self._last_quarter = stage, quarter
        err_console.print(f"{time.strftime('%H:%M:%S')} {self.title}: {text}", highlight=False, soft_wrap=True)

    def __enter__(self) -> "ProgressLine":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


@app.command()
def models(
    as_json: bool = typer.Option(False, "--json", help="Print the catalog as JSON."),
    prepare: bool = typer.Option(False, "--prepare", help="Locate the bundled GGUF files (reassembling Gemma, SHA-256 checked) and de-quantise them into the cache once."),
) -> None:
    """List the models Haven knows, with their facts."""
    from haven.models.catalog import BUNDLED_MODELS, list_models

    if prepare:
        from haven.models.load import ensure_converted
        from haven.models.resolve import resolve_model

        for name in BUNDLED_MODELS:
            with err_console.status(f"preparing {name} (first time: a few minutes)"):
                resolved = resolve_model(name)
                folder = ensure_converted(resolved)
            err_console.print(f"{name}: {resolved.gguf_path} (sha256 {resolved.sha256[:12]}…) → {folder}")
    specs = list_models()
    if as_json:
        print(json.dumps([s.to_dict() for s in specs], indent=2))
        return
    console.print(models_table(specs, console.width))


WIDE_TABLE = 120  # columns from which `haven models` also shows the template and LoRA targets


def models_table(specs, width: int) -> Table:
    """The catalog as a table that keeps every name whole: names never wrap, details drop on narrow terminals."""
    table = Table(title="Haven model catalog", caption="hub models need a hub or --model DIR with a local copy; "
                  "`haven models --json` has every field")
    table.add_column("name", no_wrap=True, min_width=max(len(s.name) for s in specs))
    for column in ("source", "params", "context", "licence", "chat"):
        table.add_column(column)
    wide = width >= WIDE_TABLE
    if wide:
        table.add_column("architecture")
        table.add_column("template")
        table.add_column("LoRA targets")
    for s in specs:
        row = [s.name, "bundled" if s.package else "hub", f"{s.parameters / 1e6:,.0f}M", f"{s.context_length:,}",
               s.licence, "yes" if s.chat_tuned else "base"]
        if wide:
            row += [s.architecture, s.template, ",".join(t.removesuffix("_proj") for t in s.target_modules)]
        table.add_row(*row)
    return table


SAFETY_CONFIG_HELP = "Deployer safety settings (TOML/JSON: locale, strictness, audit_log_path, extra_resources); default ~/.local/share/haven/safety.toml if present."


def safety_settings(config: Optional[Path], **overrides):
    """Settings from --safety-config (or the user's safety.toml), with flags on top."""
    from haven.chat.deployer import deployer_settings

    return deployer_settings(config, **overrides)


def _train_progress():
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                    TextColumn("{task.fields[info]}"), TimeElapsedColumn(), TimeRemainingColumn(), console=err_console)


def run_training(config) -> "RunCard":  # noqa: F821 - the annotation is for readers
    """Train with a progress bar; shared by `train` and `demo`."""
    from haven.evaluate.empathy import curation_scorer
    from haven.train.lora import train_lora

    # in a log (`make demo > log`) the bar is drawn once, at the end: there, one timed line per stage and quarter
    log = None if err_console.is_terminal else ProgressLine(config.model)
    with _train_progress() as progress:
        task = progress.add_task(f"{config.model}: preparing", total=config.max_steps, info="")

        def on_event(event):
            if event.phase == "train":
                progress.update(task, completed=event.step, description=f"{config.model}: training", info=f"loss {event.loss:.3f}")
                if log:
                    log.update(f"training step {event.step}/{config.max_steps}, loss {event.loss:.3f}")
            elif event.phase == "evaluate":
                progress.update(task, info=f"held-out loss {event.loss:.3f}")
                if log:
                    log.update(f"held-out loss {event.loss:.3f}")
            else:
                progress.update(task, description=f"{config.model}: {event.message or event.phase}")
                if log:
                    log.update(event.message or event.phase)

        return train_lora(config, progress=on_event, empathy=curation_scorer(config)).card


def print_run_summary(card) -> None:
    """Parameters, memory and perplexity of a finished run."""
    ev = card.eval
    console.print(
        f"[bold]{card.base_model}[/]: trainable {card.trainable_params:,} of {card.total_params:,} parameters "
        f"({card.trainable_pct:.2f}%); optimizer+gradient memory {card.lora_memory_mb:,.0f} MiB with LoRA vs "
        f"{card.full_finetune_memory_mb:,.0f} MiB for full fine-tuning (saves {card.full_finetune_memory_mb - card.lora_memory_mb:,.0f} MiB)"
    )
    console.print(
        f"held-out perplexity {ev['base_perplexity']:.2f} (base) → {ev['tuned_perplexity']:.2f} (fine-tuned) on "
        f"{ev['examples']} examples / {ev['tokens']:,} reply tokens; {card.steps} steps in {card.train_seconds:.0f} s, "
        f"peak memory {card.peak_memory_mb:,.0f} MiB"
    )


# TrainConfig fields `haven train` takes by their own flags (the rest come from its docstring).
TRAIN_OWN_FLAGS = ("model", "output_dir", "profile", "extra")


def train(model: str, profile: str, output: Optional[Path], config: Optional[Path], **fields) -> None:
    """Fine-tune a model with LoRA; writes the adapter (only) and run_card.json.

    Every TrainConfig field is a flag (help from its docstring); flags override --config and the profile.
    Data-parallel on several GPUs (or CPU processes): `accelerate launch --config_file
    configs/accelerate/ddp.yaml -m haven train ...`; only the main process writes and prints.
    """
    from haven.paths import runs_dir
    from haven.train.config import build_config

    if fields.get("target_modules"):
        fields["target_modules"] = tuple(t.strip() for t in fields["target_modules"].split(","))
    cfg = build_config(profile, config, model=model, output_dir=str(output or runs_dir() / Path(model).stem), **fields)
    from haven.train.distributed import process_rank

    if process_rank() != 0:
        from haven.evaluate.empathy import curation_scorer
        from haven.train.lora import train_lora

        train_lora(cfg, empathy=curation_scorer(cfg))  # a data-parallel worker: the main process shows progress and writes
        return
    card = run_training(cfg)
    print_run_summary(card)
    console.print(f"adapter and run card saved in {cfg.output_dir}")


def config_options(own: dict[str, inspect.Parameter], config_class, skip: tuple[str, ...]) -> inspect.Signature:
    """A command's signature: its own options, then one optional flag per documented config field."""
    from dataclasses import fields as dataclass_fields

    from haven.train.config import field_docs

    docs, params = field_docs(config_class), list(own.values())
    for f in dataclass_fields(config_class):
        if f.name in skip or f.name in own:
            continue
        kind = FLAG_TYPES.get(f.type, str)  # Literal choices and tuples arrive as text; the config checks them
        help_text = docs.get(f.name, "") + (" Comma-separated." if f.type.startswith("tuple") else "")
        params.append(inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, annotation=Optional[kind],
                                        default=typer.Option(None, help=help_text)))
    return inspect.Signature(params)


FLAG_TYPES = {"int": int, "float": float, "bool": bool, "str": str, "str | None": str}


def _register_train() -> None:
    own = {
        "model": inspect.Parameter("model", inspect.Parameter.KEYWORD_ONLY, annotation=str,
                                   default=typer.Option("smollm2-135m", help=MODEL_HELP)),
        "profile": inspect.Parameter("profile", inspect.Parameter.KEYWORD_ONLY, annotation=str, default=typer.Option(
            "cpu", help="reference (the plan: 1,000 steps, batch 8 × accum 4), laptop (make demo's: ~10 min on 2 cores, "
                        "bf16, curated answers), cpu (2 minutes, 80 raw answers), gpu (the plan "
                        "in QLoRA NF4 with gradient checkpointing) or smoke (seconds, for tests).")),
        "output": inspect.Parameter("output", inspect.Parameter.KEYWORD_ONLY, annotation=Optional[Path], default=typer.Option(
            None, help="Folder for the adapter and run card (default $HAVEN_RUNS_DIR/MODEL, else runs/MODEL).")),
        "config": inspect.Parameter("config", inspect.Parameter.KEYWORD_ONLY, annotation=Optional[Path], default=typer.Option(
            None, help="JSON or TOML file of TrainConfig fields; flags override it.")),
    }
    from haven.train.config import TrainConfig

    signature = config_options(own, TrainConfig, TRAIN_OWN_FLAGS)
    train.__signature__ = signature
    train.__annotations__ = {name: p.annotation for name, p in signature.parameters.items()}
    app.command()(train)


_register_train()


@app.command()
def evaluate(
    model: Optional[str] = typer.Option(None, help=MODEL_HELP + " Defaults to the adapter's base."),
    adapter: Optional[Path] = typer.Option(None, help="Adapter folder (from `haven train`) to compare with its base."),
    eval_examples: Optional[int] = typer.Option(None, help="Held-out examples (default: as in the run card; 0 = all)."),
    backend: str = typer.Option("transformers", help="transformers (de-quantised weights) or llama.cpp (the GGUF as served, with ADAPTER/adapter.gguf from `haven export`)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Held-out loss and perplexity of the base model and, with --adapter, the fine-tuned one."""
    from haven.evaluate.perplexity import evaluate_model

    if model is None and adapter is None:
        raise HavenError("pass --model NAME, --adapter DIR, or both")
    report = evaluate_model(model, adapter, eval_examples=eval_examples, backend=backend)
    if as_json:
        print(json.dumps(report.to_dict(), indent=2))
        return
    table = Table(title=f"Held-out evaluation: {report.model}")
    for column in ("variant", "loss", "perplexity", "examples", "reply tokens"):
        table.add_column(column)
    from haven.models.variant import Variant

    for name, result in ((Variant.BASE.label, report.base), (Variant.TUNED.label, report.tuned)):
        if result:
            table.add_row(name, f"{result.loss:.4f}", f"{result.perplexity:.2f}", str(result.examples), f"{result.tokens:,}")
    console.print(table)
    if report.change_pct is not None:
        console.print(f"perplexity change: {report.change_pct:+.1f}% (negative = fine-tuned is better)")


@app.command()
def chat(
    model: Optional[str] = typer.Option(None, help=MODEL_HELP + " Defaults to the adapter's base, else smollm2-135m."),
    adapter: Optional[Path] = typer.Option(None, help="LoRA adapter folder to apply."),
    variant: str = typer.Option("tuned", help="tuned (with the adapter) or base (adapter switched off)."),
    backend: str = typer.Option("transformers", help="transformers, llama.cpp (GGUF, 4-bit on CPU) or openai (an OpenAI-compatible server; give --backend-url)."),
    backend_url: Optional[str] = typer.Option(None, help="Base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1 (with --backend openai)."),
    once: Optional[str] = typer.Option(None, help="Answer this one message and exit."),
    as_json: bool = typer.Option(False, "--json", help="With --once: print the reply, safety verdict and timings as JSON."),
    locale: Optional[str] = typer.Option(None, help="Country code for crisis resources (US, GB, IE, CA, AU, NZ, ES, FR, DE, BR, PT, ...); default US."),
    strictness: Optional[str] = typer.Option(None, help="standard or strict (raises borderline risk one level)."),
    safety_config: Optional[Path] = typer.Option(None, help=SAFETY_CONFIG_HELP),
    system_prompt: Optional[str] = typer.Option(None, help="System prompt (default: the adapter's, else Haven's)."),
    temperature: float = typer.Option(0.7, help="Sampling temperature; 0 = greedy."),
    top_p: float = typer.Option(0.9, help="Nucleus sampling mass."),
    max_tokens: int = typer.Option(200, help="Longest reply in tokens."),
    repetition_penalty: float = typer.Option(1.15, help="Penalty on repeating tokens already said (1 = none)."),
    seed: Optional[int] = typer.Option(None, help="Sampling seed for reproducible replies."),
) -> None:
    """Talk to a model in the terminal (streamed, with history), or answer one message with --once.

    Exit status with --once: 0 when the model answered; 3 (EXIT_NO_MODEL) when no model could
    load and the reply came from the resources-only fallback (printed with the crisis lines for
    --locale); 2 for a usage or domain error.
    """
    from haven.chat.backends.base import BackendSpec, GenerationOptions, needs_url
    from haven.chat.engine import ChatSession
    from haven.models.resolve import check_model_name
    from haven.train.adapter import chat_system_prompt

    if model is not None and not needs_url(backend):  # a server names its own models
        check_model_name(model)  # a near miss is a usage error with a "did you mean", not a chat with no model
    settings = safety_settings(safety_config, locale=locale, strictness=strictness)
    options = GenerationOptions(temperature=temperature, top_p=top_p, max_tokens=max_tokens, seed=seed,
                                repetition_penalty=repetition_penalty)
    spec = BackendSpec(kind=backend, model=model, adapter=adapter, variant=variant, url=backend_url)
    session = ChatSession(system_prompt=chat_system_prompt(adapter, system_prompt), settings=settings)
    chat_backend = open_backend_or_fallback(spec)
    if once is not None:
        turn = stream_turn(chat_backend, session, once, options, show=not as_json)
        if as_json:
            print(json.dumps(turn.to_dict(), indent=2, ensure_ascii=False))
        if not chat_backend.capabilities.model:
            if turn is None or not turn.crisis:  # a crisis reply already holds the lines
                print_fallback_resources(settings, to_stderr=as_json)
            raise typer.Exit(EXIT_NO_MODEL)
        return
    if not chat_backend.capabilities.model:
        print_fallback_resources(settings)
    interactive_chat(chat_backend, session, options)


EXIT_NO_MODEL = 3
"""`haven chat --once` exit status when no model could load: the reply is the resources-only fallback."""


def open_backend_or_fallback(spec):
    """The requested backend; if no model can load, a resources-only backend so crisis help still works."""
    from haven.chat.backends.base import open_backend

    chat_backend = open_backend(spec, fallback=True)
    if not chat_backend.capabilities.model:
        err_console.print(f"[yellow]{chat_backend.reason}[/]\n"
                          "[yellow]Chat continues without a model: crisis resources are still available.[/]")
    return chat_backend


def print_fallback_resources(settings, to_stderr: bool = False) -> None:
    """The vetted crisis lines for the locale, for a chat no model can answer (the terminal has no Resources panel)."""
    from haven.chat.fallback import fallback_resources

    out = err_console if to_stderr else console
    out.print(f"\nCrisis lines for {settings.locale}:", markup=False, highlight=False)
    for line in fallback_resources(settings):
        out.print(f"  {line}", markup=False, highlight=False)


def stream_turn(chat_backend, session, text: str, options, show: bool = True, cancel: threading.Event | None = None,
                start: int = 0):
    """Run one guarded turn, printing the reply as it streams, wrapped between words; returns the ChatTurn.

    `start` is the column the reply begins in (after a ``haven>`` prompt).
    """
    from haven.chat.engine import respond, run_turn

    if not show:
        return run_turn(chat_backend, session, text, options, cancel)
    return print_chat_events(respond(chat_backend, session, text, options, cancel), start)


def print_chat_events(events, start: int = 0):
    """Print a guarded reply's events as they stream, wrapped between words; returns the ChatTurn."""
    from haven.chat.engine import EventKind

    turn = None
    wrapper = WordWrapper(lambda piece: console.out(piece, end="", highlight=False), console.width, start)
    for event in events:
        if event.kind is EventKind.NOTICE:
            wrapper.finish()
            err_console.print(f"[yellow]{event.text}[/]")
        elif event.kind is EventKind.TEXT:
            wrapper.feed(event.text)
        elif event.kind is EventKind.REPLACE:
            wrapper.finish()
            console.print("\n[dim](the reply above was withdrawn by the safety guard)[/]")
            console.print(event.text, markup=False, highlight=False)
            wrapper = WordWrapper(wrapper.write, console.width)
        elif event.kind is EventKind.DONE:
            wrapper.finish()
            turn = event.turn
            console.print(f"\n[dim]{reply_figures(turn)}[/]")
    return turn


def reply_figures(turn) -> str:
    """The quiet line under a reply: timings for a model's reply, what it was for the crisis response."""
    t = turn.timings
    if turn.crisis:
        return f"crisis response: Haven's vetted lines, not a model · {turn.words} words"
    if not t.reply_tokens:
        return f"{turn.words} words" + (" · stopped" if t.cancelled else "")
    return (f"first words in {t.ttft_s:.1f} s · done in {t.total_s:.1f} s · {t.tokens_per_s:.0f} tokens/s · "
            f"{turn.words} words" + (" · stopped" if t.cancelled else ""))


class WordWrapper:
    """Writes streamed text so that lines break between words, never inside one.

    A chunk may end mid-word; the unfinished word waits until a space or newline closes
    it, and goes on the next line when it would cross `width`. A word longer than a line
    is written as it is (the terminal folds it).
    """

    def __init__(self, write, width: int, column: int = 0):
        self.write, self.width, self.column = write, max(width, 10), column
        self.pending, self.space = "", False

    def feed(self, text: str) -> None:
        self.pending += text
        while (cut := next((i for i, ch in enumerate(self.pending) if ch in " \n\t"), None)) is not None:
            word, separator, self.pending = self.pending[:cut], self.pending[cut], self.pending[cut + 1:]
            self._word(word)
            if separator == "\n":
                self.write("\n")
                self.column, self.space = 0, False
            else:
                self.space = self.column > 0

    def finish(self) -> None:
        """Write the last word (the reply ended or something else is printed next)."""
        self._word(self.pending)
        self.pending, self.space = "", False

    def _word(self, word: str) -> None:
        from rich.cells import cell_len

        if not word:
            return
        size = cell_len(word)
        gap = 1 if self.space else 0
        if self.column and self.column + gap + size > self.width:
            self.write("\n")
            self.column, gap = 0, 0
        self.write(" " * gap + word)
        end = self.column + gap + size
        # A line filled exactly stays full (the next word starts a new line); a word longer than a
        # line is folded by the terminal, and goes on from where the fold leaves it.
        self.column = end if end <= self.width else size % self.width
        self.space = False


REPLY_PROMPT = "haven> "


def interactive_chat(chat_backend, session, options) -> None:
    """A read-eval loop; Ctrl-C stops a reply, Ctrl-D or /quit leaves, /new starts over."""
    console.print(f"[bold]Haven[/] with {chat_backend.label}. Type /new to start over, /quit to leave. Ctrl-C stops a reply.")
    while True:
        try:
            text = console.input("[bold green]you>[/] ")
        except (EOFError, KeyboardInterrupt):
            console.print()
            return
        if text.strip() in ("/quit", "/exit"):
            return
        if text.strip() == "/new":
            session.reset()
            continue
        cancel = threading.Event()
        try:
            console.print(f"[bold blue]{REPLY_PROMPT}[/]", end="")
            stream_turn(chat_backend, session, text, options, cancel=cancel, start=len(REPLY_PROMPT))
        except KeyboardInterrupt:
            cancel.set()
            console.print("\n[dim](stopped)[/]")


@app.command()
def assess(
    text: Optional[str] = typer.Argument(None, help="One message to assess."),
    jsonl: Optional[Path] = typer.Option(None, help='File of JSON lines {"text": ..., "reply": optional, "history": optional}.'),
    output: Optional[Path] = typer.Option(None, help="Write JSON lines here instead of standard output."),
    reply: Optional[str] = typer.Option(None, help="With TEXT: a candidate reply to guard."),
    locale: Optional[str] = typer.Option(None, help="Country code for crisis resources; default US."),
    strictness: Optional[str] = typer.Option(None, help="standard or strict (raises borderline cases one level)."),
    audit_log: Optional[Path] = typer.Option(None, help="Append assessments (no text) to this audit log."),
    safety_config: Optional[Path] = typer.Option(None, help=SAFETY_CONFIG_HELP),
) -> None:
    """Assess messages for risk and guard candidate replies; one JSON line per message."""
    from haven.safety.records import assess_records, message_record, read_records

    settings = safety_settings(safety_config, locale=locale, strictness=strictness, audit_log_path=audit_log)
    if (text is None) == (jsonl is None):
        raise HavenError("pass one message as TEXT, or a file with --jsonl FILE (not both)")
    records = [message_record(text, reply)] if text is not None else read_records(jsonl)
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for result in assess_records(records, settings):
            sink.write(json.dumps(result, ensure_ascii=False) + "\n")
    finally:
        if output:
            sink.close()


@app.command(name="score-empathy")
def score_empathy(
    jsonl: Path = typer.Option(..., help='File of JSON lines {"text": the reply, "context": optional, the message it answers}.'),
    output: Path = typer.Option(..., help="Write each record here with emotional_reactions, interpretations, explorations (0/1/2) and total."),
    accept_epitome_license: bool = typer.Option(False, "--accept-epitome-license", help="Use the scorer learnt from EPITOME's human labels (academic, non-commercial licence); trained once (~12 min on 2 cores), then cached."),
) -> None:
    """Rate replies on EPITOME's three empathy mechanisms (Sharma et al., EMNLP 2020), 0-2 each, 0-6 in total."""
    from haven.evaluate.empathy import score_jsonl

    with err_console.status("empathy scorer (trained on EPITOME once, then cached)") as status:
        count = score_jsonl(jsonl, output, accept_epitome_license=accept_epitome_license, progress=status.update)
    err_console.print(f"scored {count} replies into {output}")


@app.command()
def export(
    adapter: Path = typer.Option(..., help="Adapter folder (from `haven train`) whose base is a GGUF file."),
    format: str = typer.Option("gguf", help="Export format; gguf (llama.cpp LoRA adapter) is the one there is."),
    output: Optional[Path] = typer.Option(None, help="Output file (default: ADAPTER/adapter.gguf, or ADAPTER/merged-Q.gguf with --merge)."),
    base_gguf: Optional[Path] = typer.Option(None, help="The base GGUF file (default: the run card's base model)."),
    outtype: str = typer.Option("f32", help="Adapter tensor type: f32 or f16."),
    merge: bool = typer.Option(False, help="Also write the base with the adapter merged in, re-quantised."),
    quantization: str = typer.Option("Q8_0", help="Quantisation of the merged file (Q8_0 keeps the adapter's effect; 4-bit types lose part of it)."),
) -> None:
    """Export a LoRA adapter for llama.cpp (and optionally a merged, re-quantised model)."""
    from haven.export import export_lora_gguf, merge_and_export, read_lora_gguf
    from haven.train.adapter import Adapter

    if format != "gguf":
        raise HavenError(f"--format is {format!r}; gguf is the format Haven exports")
    folder, adapter = adapter, Adapter.open(adapter)
    if merge:
        path = merge_and_export(adapter, output, quantization=quantization, base_gguf=base_gguf)
        console.print(f"merged model written to {path} ({path.stat().st_size / 2**20:,.1f} MiB, {quantization})")
        return
    path = export_lora_gguf(adapter, output, base_gguf=base_gguf, outtype=outtype)
    info = read_lora_gguf(path)
    console.print(f"llama.cpp LoRA adapter written to {path}: {info.architecture}, alpha {info.alpha:g}, "
                  f"{len(info.tensors)} tensors, {path.stat().st_size / 2**20:,.1f} MiB")
    console.print(f"use it with: haven chat --adapter {folder} --backend llama.cpp")


@app.command()
def demo(
    models_: str = typer.Option(",".join(DEMO_MODELS), "--models", help="Comma-separated catalog names."),
    runs: Optional[Path] = typer.Option(None, help="Folder holding one adapter folder per model (default $HAVEN_RUNS_DIR, else runs)."),
    output: Optional[Path] = typer.Option(None, help="Folder for the comparison report (default $HAVEN_REPORT_DIR, else reports/comparison)."),
    profile: str = typer.Option("laptop", help="Training profile for models without an adapter yet (laptop: ~10 min per bundled model on 2 cores with bf16, curated answers)."),
    message: str = typer.Option(DEMO_MESSAGE, help="A message every model answers, base and fine-tuned."),
    prompts: int = typer.Option(DEMO_PROMPTS, help="Held-out questions every model answers in the comparison (100 or more for paired intervals that mean something)."),
    min_empathy: int = typer.Option(DEMO_MIN_EMPATHY, help="Train only on answers the EPITOME empathy scorer rates at this total (0-6) or more; 0: the profile's curation alone."),
) -> None:
    """The main job: fine-tune the bundled models (if not yet done), compare them, and let each answer a message."""
    from haven.paths import report_dir, runs_dir
    from haven.workflow import DemoConfig, run_demo

    config = DemoConfig(models=tuple(m.strip() for m in models_.split(",") if m.strip()), runs=runs or runs_dir(),
                        output=output or report_dir(), profile=profile, message=message, prompts=prompts,
                        min_empathy=min_empathy)
    status, said = ProgressLine("comparing"), set()
    for step in run_demo(config, train=run_training, progress=status.update):
        print_demo_step(step, status, said)
    console.print(f"\nTalk to one yourself: [bold]haven chat --adapter {config.runs / config.models[0]}[/] "
                  "(add --backend llama.cpp for the 4-bit GGUF with the exported adapter)")


def print_demo_step(step, status, said: set) -> None:
    """Render one step of `haven demo` (see haven.workflow); `status` is the comparison's status line and
    `said` the notices already shown in this run (the scorer's licence notice is shown once)."""
    from haven.workflow import (AdapterFound, AdaptersReady, ComparisonStarted, ComparisonWritten, TrainingStarted,
                                VariantReply)

    if isinstance(step, AdapterFound):
        console.print(f"{step.model}: using the adapter in {step.folder} (delete it to retrain)")
    elif isinstance(step, TrainingStarted):
        curation = f", on answers the empathy scorer rates {step.min_empathy} or more" if step.min_empathy else ""
        console.print(f"{step.model}: no adapter yet, fine-tuning with the {step.profile} profile{curation}")
        if step.min_empathy and "epitome" not in said:
            console.print(f"[yellow]{EPITOME_SCORER_NOTICE}[/]")
            said.add("epitome")
    elif isinstance(step, AdaptersReady):
        print_comparison(step.cards)
    elif isinstance(step, VariantReply):
        console.print(f"\n[bold]{step.label}[/] — you: {step.message}")
        print_chat_events(step.events)
    elif isinstance(step, ComparisonStarted):
        console.print("\n[bold]Comparison report[/]: every model, base and fine-tuned, measured alike.")
        if "epitome" not in said:
            console.print(f"[yellow]{EPITOME_SCORER_NOTICE}[/]")
            said.add("epitome")
        status.start()
    elif isinstance(step, ComparisonWritten):
        status.stop()
        print_report_summary(step.report, step.path)


EPITOME_SCORER_NOTICE = (
    "Empathy scorer: learnt from EPITOME's human empathy labels (Sharma et al. 2020; academic, non-commercial "
    "research use only) for this local, non-commercial evaluation; the demo accepts that licence for you "
    "(`haven compare` asks for --accept-epitome-license). It is trained once (~12 min on 2 cores), cached, "
    "scores replies on this machine and is not distributed."
)


@app.command()
def compare(
    models_: str = typer.Option("smollm2-135m,gemma3-270m", "--models", help="Comma-separated catalog names."),
    runs: Optional[Path] = typer.Option(None, help="Folder holding one adapter folder per model (RUNS/MODEL), as `haven demo` writes (default $HAVEN_RUNS_DIR, else runs)."),
    output: Optional[Path] = typer.Option(None, help="Folder for report.md, comparison.json and the PNG charts (default $HAVEN_REPORT_DIR, else reports/comparison)."),
    backend: str = typer.Option("llama.cpp", help="Backend that generates the replies: llama.cpp (GGUF + ADAPTER/adapter.gguf, exported if missing) or transformers."),
    speed_backends: Optional[str] = typer.Option(None, help="Also time these backends on a few prompts, e.g. transformers."),
    prompts: int = typer.Option(24, help="Held-out questions every model answers."),
    probes: int = typer.Option(16, help="Safety probes sent (0-16)."),
    side_by_side: int = typer.Option(8, help="Held-out questions shown side by side in the report (at least 5 recommended)."),
    max_tokens: int = typer.Option(120, help="Longest reply in tokens (greedy decoding)."),
    locale: str = typer.Option("US", help="Country whose crisis lines the guard shows."),
    accept_epitome_license: bool = typer.Option(False, "--accept-epitome-license", help="Score empathy with the scorer learnt from EPITOME's human labels (academic, non-commercial licence; trained once, ~12 min on 2 cores, then cached); without it empathy is not scored."),
    empathy_method: str = typer.Option("finetune", help="EPITOME scorer: finetune (MiniLM trained end to end) or frozen (the frozen-embedding baseline, about a minute to train)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Generate every reply afresh instead of reusing cached ones."),
    threads: Optional[int] = typer.Option(None, help="CPU threads for llama.cpp (default: all cores; 1 is far faster on a busy machine)."),
    parallel: int = typer.Option(16, help="Prompts llama.cpp decodes together (1: one at a time); each reply still passes the guard, and speed is timed on replies made alone."),
) -> None:
    """Compare models, base and fine-tuned: perplexity, empathy, similarity, safety, speed; writes report.md, comparison.json and charts."""
    from haven.evaluate.compare import CompareConfig
    from haven.paths import report_dir, runs_dir

    config = CompareConfig(
        models=tuple(m.strip() for m in models_.split(",") if m.strip()), runs=str(runs or runs_dir()), backend=backend,
        speed_backends=tuple(b.strip() for b in (speed_backends or "").split(",") if b.strip()),
        heldout_prompts=prompts, probes=probes, side_by_side=side_by_side, max_tokens=max_tokens, locale=locale,
        accept_epitome_license=accept_epitome_license, empathy_method=empathy_method, use_cache=not no_cache,
        threads=threads, parallel=parallel,
    )
    run_compare(config, output or report_dir())


def run_compare(config, output: Path):
    """Run the comparison with a status line, write the report, print its verdicts."""
    from haven.evaluate.compare import compare_and_write

    with ProgressLine("comparing") as status:
        report, path = compare_and_write(config, output, progress=status.update)
    print_report_summary(report, path)
    return report


def print_report_summary(report, path: Path) -> None:
    """The comparison's headline table, its verdicts and recommendations, and where the report is."""
    from haven.evaluate.report import summary_rows

    table = Table(title=f"Comparison ({len(report.prompts)} held-out questions, {len(report.probes)} probes, {report.runtime_s:.0f} s)")
    for column in ("model", "perplexity", "empathy 0-6", "embedding sim.", "ROUGE-L", "guard replaced", "tok/s", "TTFT"):
        table.add_column(column)
    for r in summary_rows(report):
        table.add_row(r.label, _figure(r.perplexity, "{:.2f}"), _figure(r.empathy, "{:.2f}"),
                      _figure(r.similarity, "{:.3f}"), _figure(r.rouge_l, "{:.3f}"),
                      f"{r.replaced}/{r.generated}" if r.generated is not None else "-",
                      f"{r.tokens_per_s or 0:.1f}", f"{r.ttft_ms or 0:.0f} ms")
    console.print(table)
    for verdict in report.verdicts:
        console.print(f"- {verdict.text}")
    for rec in report.recommendations:
        console.print(f"- {rec.hardware}: {rec.choice or 'no model meets the thresholds'}"
                      + (" (provisional)" if rec.provisional else ""))
    console.print(f"report written to {path} (with comparison.json and charts)")


def _figure(value, fmt: str) -> str:
    return fmt.format(value) if value else "-"


@app.command(name="app")
def app_command(
    port: int = typer.Option(8501, help="Port to serve the dashboard on."),
    address: str = typer.Option("127.0.0.1", help="Address to listen on; 127.0.0.1 keeps it to this machine."),
    models_: Optional[str] = typer.Option(None, "--models", help="Comma-separated catalog names to offer (default: the bundled models)."),
) -> None:
    """Open the dashboard: chat with every model side by side, metrics, model cards and the blind arena."""
    import os

    from haven.app import PRIVATE_ENV, streamlit_command
    from haven.app.lineup import ENV_MODELS
    from haven.deps import require

    require("streamlit")
    env = {**os.environ, **PRIVATE_ENV, **({ENV_MODELS: models_} if models_ else {})}
    console.print(f"Haven dashboard on http://{address}:{port} (Ctrl-C stops it)")
    command = streamlit_command(port, address)
    # Become the server (no child left behind): a stop signal to `haven app` reaches Streamlit itself.
    os.execve(command[0], command, env)


@app.command()
def serve(
    model: str = typer.Option("smollm2-135m", help="Catalog name or .gguf path of a chat-tuned base model."),
    adapter: Optional[Path] = typer.Option(None, help="Adapter folder whose exported adapter.gguf the server applies."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on; 127.0.0.1 keeps it to this machine."),
    port: int = typer.Option(8080, help="Port of the OpenAI-compatible API."),
    n_ctx: int = typer.Option(2048, help="Context window in tokens."),
    threads: int = typer.Option(2, help="CPU threads for llama.cpp."),
    locale: Optional[str] = typer.Option(None, help="Country code whose crisis lines guarded replies carry (US, GB, IE, CA, AU, ...); default US."),
    unguarded: bool = typer.Option(False, "--unguarded", help="DEVELOPMENT ONLY: expose llama.cpp's server directly, with no safety layer (raw model replies, no crisis handling)."),
) -> None:
    """Serve a GGUF model (with its LoRA adapter) as an OpenAI-compatible API whose every reply passes Haven's safety layer.

    llama.cpp's server runs privately on a loopback port; clients (Open WebUI, curl, `haven chat --backend openai`)
    reach Haven's front door, which assesses each message with its conversation, answers a crisis with the vetted
    crisis lines for --locale, and streams the model's reply through the reply guard. Only /v1/chat/completions,
    /v1/models and /health are served.
    """
    from haven.chat.gateway import guarded_server, serve_until_stopped
    from haven.chat.serve import ServerConfig, served_model, server_command

    config = ServerConfig(model=model, adapter=adapter, host=host, port=port, n_ctx=n_ctx, n_threads=threads)
    if unguarded:
        import os

        command = server_command(config)
        err_console.print("[bold red]--unguarded: replies are NOT checked by Haven's safety layer (no risk assessment, "
                          "no crisis lines, no reply guard). For development only; never point people at it.[/]")
        console.print(f"llama.cpp server on http://{host}:{port}/v1 serving {served_model(config).alias}")
        os.execv(command[0], command)  # becomes llama.cpp's server: no child left behind
        return
    settings = safety_settings(None, locale=locale)
    err_console.print("Starting llama.cpp's server privately on loopback (the model loads first)...")
    with guarded_server(config, settings) as server:
        console.print(f"Haven's guarded API on {server.url} serving {server.require_api().model} (crisis lines: "
                      f"{settings.locale}); chat with it: haven chat --backend openai --backend-url {server.url}")
        serve_until_stopped(server)


def print_comparison(cards: dict) -> None:
    """The reference plan's table: trainable parameters, memory, held-out perplexity."""
    from haven.train.heldout import perplexity_change_pct

    table = Table(title="Base vs fine-tuned on held-out counsel-chat questions")
    for column in ("model", "trainable LoRA params", "share", "peak train memory", "train time", "perplexity base", "perplexity fine-tuned", "change"):
        table.add_column(column)
    for name, card in cards.items():
        ev = card.eval
        change = perplexity_change_pct(ev["base_perplexity"], ev["tuned_perplexity"])
        table.add_row(name, f"{card.trainable_params:,}", f"{card.trainable_pct:.2f}%", f"{card.peak_memory_mb:,.0f} MiB",
                      f"{card.train_seconds:.0f} s", f"{ev['base_perplexity']:.2f}", f"{ev['tuned_perplexity']:.2f}", f"{change:+.1f}%")
    console.print(table)


def quiet_libraries() -> None:
    """Haven draws its own progress bars; keep the libraries' bars and deprecation chatter out."""
    import os
    import warnings

    # Read by huggingface_hub and transformers when they are first imported (lazily, later).
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
    warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)


def main() -> None:
    """Entry point: run the app, turning Haven's errors into one clear line."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    quiet_libraries()
    try:
        app()
    except HavenError as err:
        err_console.print(f"[red]error:[/] {err}")
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
