"""The `haven` command line: one command per verb; each only calls the library and renders.

Domain errors become one clear line and exit status 2; progress goes to progress bars.
"""

from __future__ import annotations

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

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Haven: a private, local mental-health support chat and the workbench that fine-tunes, measures and compares its models.")
console = Console()
err_console = Console(stderr=True)

MODEL_HELP = "Catalog name (see `haven models`), a local model folder, or a path to a .gguf file."


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
    table = Table(title="Haven model catalog", caption="hub models need a hub or --model DIR with a local copy")
    for column in ("name", "source", "architecture", "params", "context", "licence", "chat-tuned", "template", "LoRA targets"):
        table.add_column(column)
    for s in specs:
        table.add_row(s.name, "bundled" if s.package else "hub", s.architecture,
                      f"{s.parameters / 1e6:,.0f}M", f"{s.context_length:,}", s.licence, "yes" if s.chat_tuned else "no (base)",
                      s.template, ",".join(t.removesuffix("_proj") for t in s.target_modules))
    console.print(table)


SAFETY_CONFIG_HELP = "Deployer safety settings (TOML/JSON: locale, strictness, audit_log_path, extra_resources); default ~/.local/share/haven/safety.toml if present."


def safety_settings(config: Optional[Path], **overrides):
    """Settings from --safety-config (or the user's safety.toml), with flags on top."""
    from haven.paths import haven_home
    from haven.safety import SafetySettings
    from haven.safety.settings import load_safety_settings

    path = config or (haven_home() / "safety.toml")
    if config is not None or path.exists():
        return load_safety_settings(path, **overrides)
    return SafetySettings(**{k: v for k, v in overrides.items() if v is not None})


def _train_progress():
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                    TextColumn("{task.fields[info]}"), TimeElapsedColumn(), TimeRemainingColumn(), console=err_console)


def run_training(config) -> "RunCard":  # noqa: F821 - the annotation is for readers
    """Train with a progress bar; shared by `train` and `demo`."""
    from haven.train.lora import train_lora

    with _train_progress() as progress:
        task = progress.add_task(f"{config.model}: preparing", total=config.max_steps, info="")

        def on_event(event):
            if event.phase == "train":
                progress.update(task, completed=event.step, description=f"{config.model}: training", info=f"loss {event.loss:.3f}")
            elif event.phase == "evaluate":
                progress.update(task, info=f"held-out loss {event.loss:.3f}")
            else:
                progress.update(task, description=f"{config.model}: {event.message or event.phase}")

        return train_lora(config, progress=on_event).card


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


@app.command()
def train(
    model: str = typer.Option("smollm2-135m", help=MODEL_HELP),
    profile: str = typer.Option("cpu", help="reference (the plan: 1,000 steps, batch 8 × accum 4), cpu (minutes on a laptop), gpu (the plan in QLoRA NF4 with gradient checkpointing) or smoke (seconds, for tests)."),
    output: Optional[Path] = typer.Option(None, help="Folder for the adapter and run card (default runs/MODEL)."),
    config: Optional[Path] = typer.Option(None, help="JSON or TOML file of TrainConfig fields; flags override it."),
    data: Optional[str] = typer.Option(None, help="counsel-chat (default), esconv (needs --accept-noncommercial) or a CSV/JSONL path."),
    accept_noncommercial: Optional[bool] = typer.Option(None, help="Accept ESConv's CC BY-NC 4.0 licence (academic use only)."),
    max_steps: Optional[int] = typer.Option(None, help="Optimizer steps."),
    batch_size: Optional[int] = typer.Option(None, help="Examples per micro-batch."),
    grad_accum: Optional[int] = typer.Option(None, help="Micro-batches per optimizer step."),
    learning_rate: Optional[float] = typer.Option(None, help="Peak AdamW learning rate."),
    lora_r: Optional[int] = typer.Option(None, help="LoRA rank r."),
    lora_alpha: Optional[int] = typer.Option(None, help="LoRA alpha (scale = alpha / r)."),
    lora_dropout: Optional[float] = typer.Option(None, help="Dropout on the LoRA input."),
    target_modules: Optional[str] = typer.Option(None, help="Comma-separated modules to adapt (default: the catalog's attention and feed-forward projections)."),
    eval_every: Optional[int] = typer.Option(None, help="Steps between held-out evaluations; the best adapter is kept."),
    eval_examples: Optional[int] = typer.Option(None, help="Held-out examples to evaluate on (0 = all)."),
    max_length: Optional[int] = typer.Option(None, help="Longest tokenized conversation."),
    max_train_examples: Optional[int] = typer.Option(None, help="Cap on training examples (0 = all)."),
    seed: Optional[int] = typer.Option(None, help="Seed of the split, shuffling and LoRA init."),
    precision: Optional[str] = typer.Option(None, help="auto, fp32, bf16, int8 or nf4 (int8/nf4 need CUDA + bitsandbytes)."),
    resume: Optional[bool] = typer.Option(None, help="Continue from the checkpoint in the output folder."),
    packing: Optional[bool] = typer.Option(None, help="Pack each micro-batch's conversations into rows with no attention across them (default on)."),
    threads: Optional[int] = typer.Option(None, help="CPU threads for torch (0 = one per physical core)."),
    autocast: Optional[str] = typer.Option(None, help="auto (bf16 on CPUs with native bf16), bf16 or off."),
    gradient_checkpointing: Optional[bool] = typer.Option(None, help="Recompute activations in the backward pass to save GPU memory."),
    tracking: Optional[str] = typer.Option(None, help="Training metrics to none (default), tensorboard (OUTPUT/tensorboard) or mlflow."),
) -> None:
    """Fine-tune a model with LoRA; writes the adapter (only) and run_card.json.

    Data-parallel on several GPUs (or CPU processes): `accelerate launch --config_file
    configs/accelerate/ddp.yaml -m haven train ...`; only the main process writes and prints.
    """
    from haven.paths import runs_dir
    from haven.train.config import build_config

    targets = tuple(t.strip() for t in target_modules.split(",")) if target_modules else None
    cfg = build_config(
        profile, config, model=model, output_dir=str(output or runs_dir() / Path(model).stem), data=data,
        accept_noncommercial=accept_noncommercial, max_steps=max_steps, batch_size=batch_size, grad_accum=grad_accum,
        learning_rate=learning_rate, lora_r=lora_r, lora_alpha=lora_alpha, lora_dropout=lora_dropout,
        target_modules=targets, eval_every=eval_every, eval_examples=eval_examples, max_length=max_length,
        max_train_examples=max_train_examples, seed=seed, precision=precision, resume=resume, packing=packing,
        threads=threads, autocast=autocast, gradient_checkpointing=gradient_checkpointing, tracking=tracking,
    )
    from haven.train.distributed import process_rank

    if process_rank() != 0:
        from haven.train.lora import train_lora

        train_lora(cfg)  # a data-parallel worker: the main process shows progress and writes
        return
    card = run_training(cfg)
    print_run_summary(card)
    console.print(f"adapter and run card saved in {cfg.output_dir}")


@app.command()
def evaluate(
    model: Optional[str] = typer.Option(None, help=MODEL_HELP + " Defaults to the adapter's base."),
    adapter: Optional[Path] = typer.Option(None, help="Adapter folder (from `haven train`) to compare with its base."),
    eval_examples: Optional[int] = typer.Option(None, help="Held-out examples (default: as in the run card; 0 = all)."),
    backend: str = typer.Option("transformers", help="transformers (de-quantised weights) or llama.cpp (the GGUF as served, with ADAPTER/adapter.gguf from `haven export`)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Held-out loss and perplexity of the base model and, with --adapter, the fine-tuned one."""
    from haven.evaluate.compare import evaluate_model

    if model is None and adapter is None:
        raise HavenError("pass --model NAME, --adapter DIR, or both")
    report = evaluate_model(model, adapter, eval_examples=eval_examples, backend=backend)
    if as_json:
        print(json.dumps(report.to_dict(), indent=2))
        return
    table = Table(title=f"Held-out evaluation: {report.model}")
    for column in ("variant", "loss", "perplexity", "examples", "reply tokens"):
        table.add_column(column)
    for name, result in (("base", report.base), ("fine-tuned", report.tuned)):
        if result:
            table.add_row(name, f"{result.loss:.4f}", f"{result.perplexity:.2f}", str(result.examples), f"{result.tokens:,}")
    console.print(table)
    if report.improvement_pct is not None:
        console.print(f"perplexity change: {report.improvement_pct:+.1f}% (positive = fine-tuned is better)")


def _make_backend(backend: str, model: str | None, adapter: Path | None, variant: str, backend_url: str | None = None):
    from haven.chat.backends.base import create_backend

    if backend_url is not None:
        return create_backend(backend, base_url=backend_url, model=model, adapter=adapter, variant=variant)
    if model is None and adapter is not None:
        from haven.train.adapter import check_adapter_folder

        model = check_adapter_folder(adapter).base_model
    return create_backend(backend, model=model or "smollm2-135m", adapter=adapter, variant=variant)


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
    """Talk to a model in the terminal (streamed, with history), or answer one message with --once."""
    from haven.chat.backends.base import GenerationOptions
    from haven.chat.engine import ChatSession
    from haven.data.format import DEFAULT_SYSTEM_PROMPT

    settings = safety_settings(safety_config, locale=locale, strictness=strictness)
    options = GenerationOptions(temperature=temperature, top_p=top_p, max_tokens=max_tokens, seed=seed,
                                repetition_penalty=repetition_penalty)
    prompt = system_prompt
    if prompt is None and adapter is not None:
        from haven.train.card import read_run_card

        prompt = read_run_card(adapter).system_prompt
    session = ChatSession(system_prompt=prompt if prompt is not None else DEFAULT_SYSTEM_PROMPT, settings=settings)
    if backend == "openai" and backend_url is None:
        raise HavenError("--backend openai needs --backend-url http://HOST:PORT/v1")
    chat_backend = open_backend_or_fallback(backend, model, adapter, variant, backend_url)
    if once is not None:
        turn = stream_turn(chat_backend, session, once, options, show=not as_json)
        if as_json:
            print(json.dumps(turn.to_dict(), indent=2, ensure_ascii=False))
        return
    interactive_chat(chat_backend, session, options)


def open_backend_or_fallback(backend: str, model, adapter, variant, backend_url=None):
    """The requested backend; if no model can load, a resources-only backend so crisis help still works."""
    from haven.chat.fallback import ResourcesOnlyBackend

    try:
        return _make_backend(backend, model, adapter, variant, backend_url)
    except HavenError as err:
        err_console.print(f"[yellow]{err}[/]\n[yellow]Chat continues without a model: crisis resources are still available.[/]")
        return ResourcesOnlyBackend(reason=str(err))


def stream_turn(chat_backend, session, text: str, options, show: bool = True, cancel: threading.Event | None = None):
    """Run one guarded turn, printing the reply as it streams; returns the ChatTurn."""
    from haven.chat.engine import EventKind, respond

    turn = None
    for event in respond(chat_backend, session, text, options, cancel):
        if not show:
            turn = event.turn or turn
            continue
        if event.kind is EventKind.NOTICE:
            err_console.print(f"[yellow]{event.text}[/]")
        elif event.kind is EventKind.TEXT:
            console.print(event.text, end="", markup=False, highlight=False)
        elif event.kind is EventKind.REPLACE:
            console.print("\n[dim](the reply above was withdrawn by the safety guard)[/]\n" + event.text, markup=True, highlight=False)
        elif event.kind is EventKind.DONE:
            turn = event.turn
            t = turn.timings
            console.print(f"\n[dim]{t.ttft_s * 1000:.0f} ms to first token · {t.total_s:.1f} s · {t.tokens_per_s:.1f} tok/s · {turn.words} words[/]")
    return turn


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
            console.print("[bold blue]haven>[/] ", end="")
            stream_turn(chat_backend, session, text, options, cancel=cancel)
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
    from haven.safety import assess_records

    settings = safety_settings(safety_config, locale=locale, strictness=strictness, audit_log_path=audit_log)
    if (text is None) == (jsonl is None):
        raise HavenError("pass one message as TEXT, or a file with --jsonl FILE (not both)")
    records = [{"text": text, **({"reply": reply} if reply is not None else {})}] if text is not None else read_jsonl(jsonl)
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for result in assess_records(records, settings):
            sink.write(json.dumps(result, ensure_ascii=False) + "\n")
    finally:
        if output:
            sink.close()


def read_jsonl(path: Path):
    """Yield the JSON objects of a JSONL file, naming the line of any bad one."""
    from haven.errors import DataError

    try:
        handle = path.open(encoding="utf-8")
    except OSError as err:
        raise DataError(f"cannot read {path}: {err.strerror}") from err
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise DataError(f"{path} line {number}: not valid JSON ({err.msg})") from err
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise DataError(f'{path} line {number}: expected an object with a "text" string')
            yield record


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

    if format != "gguf":
        raise HavenError(f"--format is {format!r}; gguf is the format Haven exports")
    if merge:
        path = merge_and_export(adapter, output, quantization=quantization, base_gguf=base_gguf)
        console.print(f"merged model written to {path} ({path.stat().st_size / 2**20:,.1f} MiB, {quantization})")
        return
    path = export_lora_gguf(adapter, output, base_gguf=base_gguf, outtype=outtype)
    info = read_lora_gguf(path)
    console.print(f"llama.cpp LoRA adapter written to {path}: {info.architecture}, alpha {info.alpha:g}, "
                  f"{len(info.tensors)} tensors, {path.stat().st_size / 2**20:,.1f} MiB")
    console.print(f"use it with: haven chat --adapter {adapter} --backend llama.cpp")


@app.command()
def demo(
    models_: str = typer.Option("smollm2-135m,gemma3-270m", "--models", help="Comma-separated catalog names."),
    runs: Path = typer.Option(Path("runs"), help="Folder holding one adapter folder per model."),
    profile: str = typer.Option("cpu", help="Training profile for models without an adapter yet."),
    message: str = typer.Option("I've been feeling really anxious about work and I can't sleep.", help="A message every model answers, base and fine-tuned."),
) -> None:
    """The main job: fine-tune the bundled models (if not yet done), compare them, and let each answer a message."""
    from haven.chat.backends.base import GenerationOptions
    from haven.chat.backends.transformers_backend import SharedModel, TransformersBackend, Variant
    from haven.chat.engine import ChatSession
    from haven.train.adapter import check_adapter_folder
    from haven.train.config import build_config

    cards = {}
    for name in [m.strip() for m in models_.split(",") if m.strip()]:
        folder = runs / name
        try:
            cards[name] = check_adapter_folder(folder)
            console.print(f"{name}: using the adapter in {folder} (delete it to retrain)")
        except HavenError:
            console.print(f"{name}: no adapter yet, fine-tuning with the {profile} profile")
            cards[name] = run_training(build_config(profile, model=name, output_dir=str(folder)))
    print_comparison(cards)
    from haven.chat.backends.base import create_backend
    from haven.export import export_lora_gguf

    options = GenerationOptions(temperature=0.7, max_tokens=80, seed=0)
    for name, card in cards.items():
        shared = SharedModel.load(name, runs / name)
        backends = [TransformersBackend(shared=shared, variant=v) for v in (Variant.BASE, Variant.TUNED)]
        if not (runs / name / "adapter.gguf").exists():
            export_lora_gguf(runs / name)
        backends.append(create_backend("llama.cpp", model=name, adapter=runs / name))
        for chat_backend in backends:
            console.print(f"\n[bold]{chat_backend.label}[/] — you: {message}")
            stream_turn(chat_backend, ChatSession(system_prompt=card.system_prompt), message, options)
    from haven.evaluate.runner import CompareConfig

    console.print(f"\n[bold]Comparison report[/]: every model, base and fine-tuned, measured alike.\n[yellow]{ESCONV_SCORER_NOTICE}[/]")
    run_compare(CompareConfig(models=tuple(cards), runs=str(runs), accept_esconv_license=True), Path("reports") / "comparison")
    console.print("\nTalk to one yourself: [bold]haven chat --adapter runs/smollm2-135m[/] "
                  "(add --backend llama.cpp for the 4-bit GGUF with the exported adapter)")


ESCONV_SCORER_NOTICE = (
    "Empathy scorer: trained on ESConv (CC BY-NC 4.0, academic research use only) for this local, "
    "non-commercial evaluation; it scores replies on this machine and is not distributed."
)


@app.command()
def compare(
    models_: str = typer.Option("smollm2-135m,gemma3-270m", "--models", help="Comma-separated catalog names."),
    runs: Path = typer.Option(Path("runs"), help="Folder holding one adapter folder per model (RUNS/MODEL), as `haven demo` writes."),
    output: Path = typer.Option(Path("reports/comparison"), help="Folder for report.md, comparison.json and the PNG charts."),
    backend: str = typer.Option("llama.cpp", help="Backend that generates the replies: llama.cpp (GGUF + ADAPTER/adapter.gguf, exported if missing) or transformers."),
    speed_backends: Optional[str] = typer.Option(None, help="Also time these backends on a few prompts, e.g. transformers."),
    prompts: int = typer.Option(24, help="Held-out questions every model answers."),
    probes: int = typer.Option(16, help="Safety probes sent (0-16)."),
    side_by_side: int = typer.Option(8, help="Held-out questions shown side by side in the report (at least 5 recommended)."),
    max_tokens: int = typer.Option(120, help="Longest reply in tokens (greedy decoding)."),
    locale: str = typer.Option("US", help="Country whose crisis lines the guard shows."),
    accept_esconv_license: bool = typer.Option(False, "--accept-esconv-license", help="Train the empathy scorer on ESConv (CC BY-NC 4.0, academic use only); without it empathy is not scored."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Generate every reply afresh instead of reusing cached ones."),
    threads: Optional[int] = typer.Option(None, help="CPU threads for llama.cpp (default: all cores; 1 is far faster on a busy machine)."),
) -> None:
    """Compare models, base and fine-tuned: perplexity, empathy, similarity, safety, speed; writes report.md, comparison.json and charts."""
    from haven.evaluate.runner import CompareConfig

    config = CompareConfig(
        models=tuple(m.strip() for m in models_.split(",") if m.strip()), runs=str(runs), backend=backend,
        speed_backends=tuple(b.strip() for b in (speed_backends or "").split(",") if b.strip()),
        heldout_prompts=prompts, probes=probes, side_by_side=side_by_side, max_tokens=max_tokens, locale=locale,
        accept_esconv_license=accept_esconv_license, use_cache=not no_cache, threads=threads,
    )
    run_compare(config, output)


def run_compare(config, output: Path):
    """Run the comparison with a status line, write the report, print its verdicts; shared by `compare` and `demo`."""
    from haven.evaluate.report import write_report
    from haven.evaluate.runner import run_comparison

    with err_console.status("comparing") as status:
        report = run_comparison(config, progress=lambda message: status.update(f"comparing: {message}"))
        path = write_report(report, output)
    table = Table(title=f"Comparison ({len(report.prompts)} held-out questions, {len(report.probes)} probes, {report.runtime_s:.0f} s)")
    for column in ("model", "perplexity", "empathy 0-6", "embedding sim.", "ROUGE-L", "guard replaced", "tok/s", "TTFT"):
        table.add_column(column)
    for v in report.variants:
        speed = v.speed[0] if v.speed else {}
        table.add_row(v.label, f"{v.perplexity:.2f}" if v.perplexity else "-",
                      f"{v.empathy['mean_total']:.2f}" if v.empathy else "-",
                      f"{v.similarity['embedding']:.3f}" if v.similarity else "-",
                      f"{v.similarity['rouge_l']:.3f}" if v.similarity else "-",
                      f"{v.safety['replaced']}/{v.safety['generated']}" if v.safety else "-",
                      f"{speed.get('tokens_per_s', 0):.1f}", f"{speed.get('ttft_ms', 0):.0f} ms")
    console.print(table)
    for verdict in report.verdicts:
        console.print(f"- {verdict['text']}")
    for rec in report.recommendations:
        console.print(f"- {rec['hardware']}: {rec['choice'] or 'no model meets the thresholds'}"
                      + (" (provisional)" if rec["provisional"] else ""))
    console.print(f"report written to {path} (with comparison.json and charts)")
    return report


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
) -> None:
    """Serve a GGUF model with its LoRA adapter on llama.cpp's OpenAI-compatible server (for `--backend openai`)."""
    import os

    from haven.chat.serve import ServerConfig, server_command

    command = server_command(ServerConfig(model=model, adapter=adapter, host=host, port=port, n_ctx=n_ctx, n_threads=threads))
    console.print(f"llama.cpp server on http://{host}:{port}/v1; chat with it: "
                  f"haven chat --backend openai --backend-url http://{host}:{port}/v1")
    os.execv(command[0], command)


def print_comparison(cards: dict) -> None:
    """The reference plan's table: trainable parameters, memory, held-out perplexity."""
    table = Table(title="Base vs fine-tuned on held-out counsel-chat questions")
    for column in ("model", "trainable LoRA params", "share", "peak train memory", "train time", "perplexity base", "perplexity fine-tuned", "change"):
        table.add_column(column)
    for name, card in cards.items():
        ev = card.eval
        change = 100 * (ev["tuned_perplexity"] - ev["base_perplexity"]) / ev["base_perplexity"]
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
