"""Two-process data-parallel LoRA (Accelerate over gloo on the CPU) equals one process with the same effective batch.

One process trains with batch 2 × grad-accum 2; two processes train with batch 2 ×
grad-accum 1 each: the same 4 examples per
optimizer step, in the same order, from the same seed. On a CPU `accelerate launch --cpu`
starts a single process (it expects mpirun for more), so the two processes come from
torchrun, whose environment Haven's Accelerator picks up (gloo backend). LoRA dropout is 0 so both see
identical activations; the adapters may then differ only by float summation order
(tolerance: 1e-5 absolute + 1e-3 relative on every weight), and the held-out losses,
reduced across the two processes, by 1e-4 relative. The model is a two-layer Llama
built from a config; the data is 24 short question/answer pairs written here.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("accelerate")

from tiny import build_model, build_model_config, build_tokenizer  # noqa: E402

from haven.train.adapter import ADAPTER_WEIGHTS  # noqa: E402
from haven.train.card import RUN_CARD  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::FutureWarning")]

ROOT = Path(__file__).resolve().parents[2]
TOPICS = ("sleep", "work", "exams", "family", "friends", "money", "moving", "grief", "anger", "focus", "dating", "health")
STEPS = 3


def _pairs():
    for i, topic in enumerate(TOPICS):
        for j in range(2):
            yield {"prompt": f"I keep worrying about {topic} ({i}-{j}) and it stops me from resting.",
                   "response": f"Worry about {topic} can take a lot of energy. What part of it feels heaviest right now?"}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("distributed")
    data = root / "pairs.jsonl"
    rows = list(_pairs())
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    tokenizer = build_tokenizer("chatml", [text for r in rows for text in r.values()])
    model = build_model(build_model_config("llama", tokenizer))
    folder = root / "tiny-llama"
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return root, folder, data


def _train_args(model: Path, data: Path, output: Path, grad_accum: int, *extra: str) -> list[str]:
    return ["train", "--model", str(model), "--data", str(data), "--profile", "smoke", "--output", str(output),
            "--batch-size", "2", "--grad-accum", str(grad_accum), "--max-steps", str(STEPS), "--eval-every", str(STEPS),
            "--eval-examples", "0", "--max-train-examples", "0", "--max-length", "64", "--lora-dropout", "0",
            "--learning-rate", "0.01", *extra]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(command: list[str], root: Path) -> None:
    env = dict(os.environ, HAVEN_HOME=str(root / "home"), OMP_NUM_THREADS="1", MASTER_ADDR="127.0.0.1",
               MASTER_PORT=str(_free_port()), TOKENIZERS_PARALLELISM="false")
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


@pytest.fixture(scope="module")
def runs(workspace):
    root, model, data = workspace
    single, double = root / "single", root / "double"
    _run([sys.executable, "-m", "haven", *_train_args(model, data, single, 2, "--threads", "1")], root)
    launcher = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2",
                "--master_port", str(_free_port()), "-m", "haven"]
    _run([*launcher, *_train_args(model, data, double, 1, "--tracking", "tensorboard")], root)
    return single, double


def _card(folder: Path) -> dict:
    return json.loads((folder / RUN_CARD).read_text())


def test_two_processes_learn_the_single_process_adapter(runs):
    from safetensors.torch import load_file

    single, double = (load_file(str(folder / ADAPTER_WEIGHTS)) for folder in runs)
    assert single.keys() == double.keys() and single
    moved = max(float(w.abs().max()) for k, w in single.items() if "lora_B" in k)
    assert moved > 1e-3, "training must have moved the adapter, or the comparison proves nothing"
    for key in single:
        torch.testing.assert_close(double[key], single[key], atol=1e-5, rtol=1e-3)


def test_run_card_records_world_size_and_effective_batch(runs):
    single, double = (_card(folder) for folder in runs)
    assert (single["world_size"], single["effective_batch"]) == (1, 4)
    assert (double["world_size"], double["effective_batch"]) == (2, 4)
    assert double["tokens_trained"] == single["tokens_trained"]


def test_held_out_loss_is_reduced_across_processes(runs):
    single, double = (_card(folder)["eval"] for folder in runs)
    assert double["tokens"] == single["tokens"]
    assert double["base_loss"] == pytest.approx(single["base_loss"], rel=1e-4)
    assert double["tuned_loss"] == pytest.approx(single["tuned_loss"], rel=1e-4)
    assert [h["step"] for h in _card(runs[1])["history"]] == list(range(1, STEPS + 1))


def test_only_the_main_process_writes_the_tracker_log(runs):
    _, double = runs
    events = list((double / "tensorboard").glob("events.out.tfevents.*"))
    assert len(events) == 1
